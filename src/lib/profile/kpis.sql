-- kpis.sql: headline figures of the waybill table.
-- in: table waybills
-- out: customers, waybills, revenue, first_day, last_day (YYYY-MM-DD), default_as_of (YYYY-MM-DD),
--      months (distinct calendar months with orders)
SELECT
	count(DISTINCT customer_key) AS customers,
	count(*) AS waybills,
	coalesce(sum(fee), 0) AS revenue,
	strftime(min(order_time), '%Y-%m-%d') AS first_day,
	strftime(max(order_time), '%Y-%m-%d') AS last_day,
	-- as_of defaults to the day after the last order (DESIGN.md), never to today.
	strftime(max(order_time)::DATE + 1, '%Y-%m-%d') AS default_as_of,
	count(DISTINCT date_trunc('month', order_time)) AS months
FROM waybills
