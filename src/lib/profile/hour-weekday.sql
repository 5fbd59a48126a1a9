-- hour-weekday.sql: parcels and revenue by ISO weekday × order hour, all 168 cells present.
-- in: table waybills
-- out: weekday (1 = Monday … 7 = Sunday), hour (0–23), waybills, revenue
WITH cells AS (
	SELECT
		isodow(order_time) AS weekday,
		hour(order_time) AS hour,
		count(*) AS waybills,
		coalesce(sum(fee), 0) AS revenue
	FROM waybills
	WHERE order_time IS NOT NULL
	GROUP BY ALL
)
SELECT
	d.weekday::INTEGER AS weekday,
	h.hour::INTEGER AS hour,
	coalesce(c.waybills, 0) AS waybills,
	coalesce(c.revenue, 0) AS revenue
FROM range(1, 8) AS d(weekday)
CROSS JOIN range(0, 24) AS h(hour)
LEFT JOIN cells AS c ON c.weekday = d.weekday AND c.hour = h.hour
ORDER BY 1, 2
