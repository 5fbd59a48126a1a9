import type { MessageKey } from './zh-CN';

// English. Typed against the Chinese keys, so a missing or stray key fails the type check.
export const en: Record<MessageKey, string> = {
	'app.name': 'ParcelLens',
	'app.title': 'Courier customer profiling',
	'app.tagline':
		'Express-delivery customer profiles and analysis reports — computed entirely in your browser',

	'topbar.privacy': 'Processed locally · data stays on this device',
	'topbar.privacyTitle':
		'Files are parsed and computed only inside this tab. Nothing is uploaded and no external address is contacted.',
	'topbar.storage.memory': 'Not saved · in memory only',
	'topbar.storage.memoryTitle':
		'The data lives only in this tab; after closing or reloading it, import it again.',
	'topbar.language': '中文',
	'topbar.languageLabel': '切换到中文',
	'topbar.noProject': 'No data open',
	'topbar.skip': 'Skip to main content',
	'topbar.home': 'ParcelLens home',

	'engine.starting': 'Starting the local analysis engine…',
	'engine.ready': 'Local analysis engine ready (DuckDB {version})',
	'engine.failed': 'The local analysis engine failed to start: {detail}',

	'home.heading': 'Start a customer analysis',
	'home.intro':
		'Import waybill, customer-service and payment data, unify customer IDs, and build customer profiles, segments and an analysis report. Everything is computed in this browser.',
	'home.sample.title': 'Sample data',
	'home.sample.body':
		'A simulated year of waybills for a courier, with customers, service sessions and payments — for demos and training. The same seed always gives the same data.',
	'home.sample.size': 'Size',
	'home.sample.sizeOption': '{count} waybills',
	'home.sample.seed': 'Seed',
	'home.sample.generate': 'Generate and profile',
	'home.sample.generating': 'Generating {done} of {total} waybills',
	'home.sample.preparing': 'Preparing…',
	'home.cancel': 'Cancel',
	'home.import.title': 'Import a waybill CSV',
	'home.import.body':
		'Drop or choose a UTF-8 CSV file whose header uses the standard field names below.',
	'home.import.required': 'Required columns',
	'home.import.optional': 'Optional columns',
	'home.import.choose': 'Choose a file',
	'home.import.drop': 'or drop it here',
	'home.import.dropActive': 'Release to import',
	'home.import.loading': 'Reading {name}…',
	'home.import.failed': 'Could not import {name}',

	'nav.label': 'Analysis steps',
	'nav.import': 'Import',
	'nav.profile': 'Profile',
	'nav.done': 'done',

	'project.noData.title': 'No data in this tab yet',
	'project.noData.body':
		'Data is kept in memory only for now: after a reload or in a new tab, import it again.',
	'project.noData.home': 'Back to the home page',
	'project.regenerating': 'Regenerating {size} sample waybills with seed {seed}…',
	'project.source.sample': 'Sample data · seed {seed} · {size} waybills',
	'project.source.csv': '{name} ({bytes})',

	'import.title': 'Import result',
	'import.tables': 'Tables loaded',
	'import.table': 'Table',
	'import.rows': 'Rows',
	'import.lineage': 'Where the rows went',
	'import.lineage.parsed': 'Rows parsed',
	'import.lineage.malformed': 'Wrong column count, quarantined',
	'import.lineage.quarantined': 'Missing a required value, quarantined',
	'import.lineage.loaded': 'Used in the analysis',
	'import.issues': 'Problems found',
	'import.issues.none': 'No problems found.',
	'import.issues.samples': 'Examples:',
	'import.next': 'View the customer profile',
	'import.timing': 'Loaded in {ms}',

	'table.waybills': 'Waybills',
	'table.customers': 'Customers',
	'table.service_sessions': 'Service sessions',
	'table.payments': 'Payments',

	'issue.empty-file': '{file} is empty. Check that the export finished, then import it again.',
	'issue.binary-file':
		'{file} is not a text CSV (its content is {detail}). Save it as “CSV UTF-8” in Excel or WPS and import that.',
	'issue.unsupported-encoding':
		'{file} is encoded as {detail}. Only UTF-8 is supported here; save it as “CSV UTF-8”.',
	'issue.not-utf8':
		'{file} is not valid UTF-8 text (it may be GBK). Save it as “CSV UTF-8” in Excel or WPS and import that.',
	'issue.no-header':
		'{file} has no header on line {line}. The first line must hold the column names.',
	'issue.missing-columns':
		'{file} lacks required columns: {samples}. Use the standard field names in the header.',
	'issue.duplicate-columns':
		'{file} has duplicate columns in its header: {samples}. Remove or rename them.',
	'issue.ignored-columns':
		'{file} has {count} columns that are not standard fields; they were ignored: {samples}.',
	'issue.malformed-rows':
		'{file} has {count} rows whose column count does not match the header (first on line {line}); they were quarantined, not imported.',
	'issue.unparsable-values':
		'{file}: {count} values in column “{column}” are not {detail} (first on line {line}); they are treated as empty.',
	'issue.unparsable-required-values':
		'{file}: {count} values in the required column “{column}” are not {detail} (first on line {line}); those rows were quarantined, not imported.',
	'issue.missing-required-values':
		'{file}: the required column “{column}” is empty in {count} rows (first on line {line}); those rows were quarantined, not imported.',
	'issue.no-rows':
		'{file} has no usable rows (all {count} lack a required field). The data loaded before is unchanged.',
	'issue.read-failed': 'Reading {file} failed: {detail}',

	'type.VARCHAR': 'text',
	'type.DOUBLE': 'a number',
	'type.INTEGER': 'a whole number',
	'type.BOOLEAN': 'yes/no',
	'type.TIMESTAMP': 'a date and time',

	'error.cancelled': 'Cancelled. The data loaded before is unchanged.',
	'error.noData':
		'The analysis engine has no data yet: import a file or generate sample data first.',
	'error.invalidRequest': 'Invalid request: {detail}',
	'error.engine': 'The analysis engine failed: {detail}',

	'profile.title': 'Customer profile',
	'profile.loading': 'Computing the profile…',
	'profile.kpi.customers': 'Customers',
	'profile.kpi.waybills': 'Waybills',
	'profile.kpi.revenue': 'Revenue',
	'profile.kpi.range': 'Date range',
	'profile.kpi.rangeValue': '{from} to {to}',
	'profile.kpi.perCustomer': '{value} per customer',
	'profile.kpi.perWaybill': '{value} per waybill',
	'profile.kpi.months': '{count} months covered · as of {asOf}',
	'profile.kpi.empty': '—',
	'profile.timing': 'Queries took {ms}',
	'profile.heatmap.title': 'Order hour × weekday',
	'profile.heatmap.desc':
		'Each cell counts the waybills ordered in that hour on that weekday; darker means more. Boxes mark the peaks.',
	'profile.heatmap.peaks': 'Orders peak at {list}.',
	'profile.heatmap.peakItem': '{window} ({share} of all waybills)',
	'profile.heatmap.noPeak': 'Orders are spread evenly over the day, with no clear peak.',
	'profile.heatmap.busiestDay': '{day} is the busiest day.',
	'profile.heatmap.rule':
		'Rule: an hour with at least {lift} × the hourly average is a peak; neighbouring hours with at least {shoulder} of the peak join it.',
	'profile.weight.title': 'Weight bands: share of parcels vs share of revenue',
	'profile.weight.desc':
		'Parcels grouped by chargeable weight, comparing each band’s share of parcels with its share of revenue.',
	'profile.weight.story':
		'Parcels of {light} are {lightParcels} of all parcels but bring only {lightRevenue} of revenue; parcels of {heavy} are just {heavyParcels} of parcels yet bring {heavyRevenue} of revenue.',
	'profile.weight.unweighed':
		'{count} more waybills have no valid weight and are left out of the shares.',
	'profile.weight.parcels': 'Share of parcels',
	'profile.weight.revenue': 'Share of revenue',
	'profile.weight.band': 'Weight band',
	'profile.weight.rule':
		'Band edges (kg): {edges}. Each band includes its upper edge, not its lower one.',

	'weight.band.range': '{lo}–{hi} kg',
	'weight.band.open': 'over {lo} kg',
	'weight.upTo': '{hi} kg or less',
	'weight.atLeast': 'over {lo} kg',

	'chart.hour': 'Order hour',
	'chart.weekday': 'Weekday',
	'chart.waybills': 'Waybills',
	'chart.revenue': 'Revenue',
	'chart.share': 'Share',

	'weekday.1': 'Monday',
	'weekday.2': 'Tuesday',
	'weekday.3': 'Wednesday',
	'weekday.4': 'Thursday',
	'weekday.5': 'Friday',
	'weekday.6': 'Saturday',
	'weekday.7': 'Sunday',

	'hours.window': '{from}:00–{to}:59',
	'hours.single': '{from}:00–{from}:59',
	'period.dawn': '',
	'period.morning': '',
	'period.noon': '',
	'period.afternoon': '',
	'period.evening': '',
	'list.separator': ', '
};
