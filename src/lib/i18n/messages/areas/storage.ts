// 项目与本机存储: the projects list, saving, storage usage, backups and their errors.
export const zh = {
	'storage.projects.title': '项目',
	'storage.projects.empty':
		'还没有保存的项目。导入的数据会自动保存为项目;示例数据可以随时重新生成,需要保留设置时可保存为项目。',
	'storage.projects.new': '新建项目',
	'storage.projects.defaultName': '未命名项目',
	'storage.projects.nameFiles': '{name} 等 {count} 个文件',
	'storage.projects.newHint': '把当前打开的数据({data})连同设置保存为一个新项目。',
	'storage.projects.noCurrent': '先导入数据或生成示例数据,才能新建项目。',
	'storage.projects.current': '当前打开',
	'storage.projects.saved': '保存于 {time}',
	'storage.projects.actions': '“{name}”的操作',
	'storage.projects.renameSave': '保存名称',
	'storage.projects.deleteTitle': '删除项目',
	'storage.projects.deleted': '已删除项目“{name}”。',
	'storage.projects.nameLabel': '项目名称',
	'storage.projects.open': '打开',
	'storage.projects.rename': '重命名',
	'storage.projects.duplicate': '复制',
	'storage.projects.duplicateName': '{name} 副本',
	'storage.projects.delete': '删除',
	'storage.projects.deleteConfirm':
		'删除项目“{name}”?保存在本机浏览器中的数据、映射、清洗设置、阈值和报告都会被删除,无法恢复。',
	'storage.projects.deleteConfirmBackup': '这个项目还没有导出过备份,建议先导出备份再删除。',
	'storage.projects.deleteAction': '确认删除',
	'storage.projects.cancel': '取消',
	'storage.projects.created': '创建于 {time}',
	'storage.projects.lastOpened': '上次打开 {time}',
	'storage.projects.neverOpened': '尚未打开过',
	'storage.projects.size': '占用空间 {size}',
	'storage.projects.rows': '{rows} 条运单',
	'storage.projects.sample': '示例数据',

	'storage.save.saving': '正在保存到本机…',
	'storage.save.saved': '已保存到本机 · {time}',
	'storage.save.unsaved': '有未保存的更改',
	'storage.save.failed': '保存失败',
	'storage.save.retry': '重试保存',
	'storage.save.notProject': '未保存为项目 · 刷新页面后设置不会保留',
	'storage.save.asProject': '保存为项目',
	'storage.save.dismiss': '关闭提示',
	'storage.open.restoring': '正在从本机存储恢复数据…',
	'storage.open.migrated':
		'这个项目来自旧版本(格式 {from}),已升级到格式 {to},下次保存时按新格式写入。',

	'storage.usage.label': '本机存储',
	'storage.usage.value': '已用 {usage} / 上限 {quota}',
	'storage.usage.unknown': '浏览器未提供存储用量信息',
	'storage.persist.granted': '浏览器已同意持久保存本站数据,不会在空间紧张时自动清除。',
	'storage.persist.notGranted':
		'浏览器可能在磁盘空间紧张或长期未访问时清除本站数据,请定期导出备份。',
	'storage.persist.request': '申请持久保存',
	'storage.fit.warning':
		'这次保存约需 {need},浏览器剩余空间约 {free},可能放不下。可以删除不用的项目或导出备份后再保存。',
	'storage.fit.saveAnyway': '仍然保存',

	'storage.error.full':
		'浏览器存储空间已满,本次没有保存。上一次保存的版本完好无损,当前分析仍可继续使用。请删除不用的项目或清理浏览器空间后重试,也可以先导出备份。',
	'storage.error.not-found': '找不到这个项目,它可能已在其他标签页中被删除。',
	'storage.error.conflict':
		'这个项目刚在其他标签页中保存过。为避免互相覆盖,本次没有保存;请重新打开项目后再修改。',
	'storage.error.corrupt': '项目数据已损坏,无法打开。如有备份文件,可以从备份导入。',
	'storage.error.incomplete': '保存没有完成,上一次保存的版本仍然有效。请重试。',
	'storage.error.unavailable':
		'这个浏览器(或隐私浏览模式)不允许网页在本机保存数据,项目无法保存。可以改用导出备份文件。',
	'storage.error.invalid': '项目名称或数据无效。',
	'storage.error.open-first':
		'这个项目保留了原始个人信息,要导出不含个人信息的备份,请先打开这个项目。',
	'storage.error.newer': '这个项目由更新版本的 ParcelLens 保存,当前版本无法打开,请升级后再打开。',
	'storage.error.migration': '这个项目的保存格式无法升级到当前版本。',

	'storage.backup.export': '导出备份',
	'storage.backup.exportHint': '导出为一个文件(数据、字段映射、设置和报告),可在另一台电脑上导入。',
	'storage.backup.dropPii': '不含原始个人信息',
	'storage.backup.dropPiiHint':
		'手机号替换为不可逆的编码(客户仍可正确合并),姓名打码,并去掉导入记录中的示例值。',
	'storage.backup.exporting': '正在导出备份…',
	'storage.backup.exported': '备份已导出:{file}',
	'storage.backup.import': '从备份导入',
	'storage.backup.importing': '正在读取备份…',
	'storage.backup.imported': '已从备份导入项目“{name}”。',
	'storage.backup.warnNever':
		'这个项目从未导出备份。有些浏览器会在 {days} 天未访问后清除网页保存的数据,建议导出备份文件。',
	'storage.backup.warnOld':
		'距上次备份已 {days} 天,其间有修改。有些浏览器会清除长期未访问网站的数据,建议重新导出备份。',
	'storage.backup.error.not-a-backup': '这不是 ParcelLens 的备份文件。',
	'storage.backup.error.too-large': '备份文件过大,无法在浏览器中打开。',
	'storage.backup.error.unexpected-entry': '备份文件中有不认识的内容,为安全起见没有导入。',
	'storage.backup.error.missing-entry': '备份文件不完整,缺少数据表。',
	'storage.backup.error.corrupt': '备份文件已损坏(校验不通过)。',
	'storage.backup.error.newer-format': '这个备份由更新版本的 ParcelLens 导出,请升级后再导入。',
	'storage.backup.error.newer-schema': '这个备份由更新版本的 ParcelLens 导出,请升级后再导入。',
	'storage.backup.error.invalid': '备份文件的内容无效,无法导入。'
} satisfies Record<string, string>;

export const en: Record<keyof typeof zh, string> = {
	'storage.projects.title': 'Projects',
	'storage.projects.empty':
		'No saved projects yet. Imported data is saved as a project automatically; sample data can be generated again at any time, or saved as a project to keep its settings.',
	'storage.projects.new': 'New project',
	'storage.projects.defaultName': 'Untitled project',
	'storage.projects.nameFiles': '{name} and others ({count} files)',
	'storage.projects.newHint': 'Save the data open now ({data}) with its settings as a new project.',
	'storage.projects.noCurrent': 'Import data or generate sample data first to create a project.',
	'storage.projects.current': 'Open now',
	'storage.projects.saved': 'Saved {time}',
	'storage.projects.actions': 'Actions for “{name}”',
	'storage.projects.renameSave': 'Save name',
	'storage.projects.deleteTitle': 'Delete project',
	'storage.projects.deleted': 'Deleted project “{name}”.',
	'storage.projects.nameLabel': 'Project name',
	'storage.projects.open': 'Open',
	'storage.projects.rename': 'Rename',
	'storage.projects.duplicate': 'Duplicate',
	'storage.projects.duplicateName': '{name} (copy)',
	'storage.projects.delete': 'Delete',
	'storage.projects.deleteConfirm':
		'Delete project “{name}”? Its data, mappings, cleaning settings, thresholds and report stored in this browser are deleted and cannot be recovered.',
	'storage.projects.deleteConfirmBackup':
		'This project has never been backed up. Consider exporting a backup first.',
	'storage.projects.deleteAction': 'Delete',
	'storage.projects.cancel': 'Cancel',
	'storage.projects.created': 'Created {time}',
	'storage.projects.lastOpened': 'Last opened {time}',
	'storage.projects.neverOpened': 'Not opened yet',
	'storage.projects.size': '{size} on disk',
	'storage.projects.rows': '{rows} waybills',
	'storage.projects.sample': 'Sample data',

	'storage.save.saving': 'Saving to this computer…',
	'storage.save.saved': 'Saved on this computer · {time}',
	'storage.save.unsaved': 'Unsaved changes',
	'storage.save.failed': 'Save failed',
	'storage.save.retry': 'Retry saving',
	'storage.save.notProject': 'Not saved as a project · settings are lost on reload',
	'storage.save.asProject': 'Save as project',
	'storage.save.dismiss': 'Dismiss',
	'storage.open.restoring': 'Restoring data from browser storage…',
	'storage.open.migrated':
		'This project comes from an older version (format {from}) and was upgraded to format {to}; the next save writes the new format.',

	'storage.usage.label': 'Browser storage',
	'storage.usage.value': '{usage} used of {quota}',
	'storage.usage.unknown': 'The browser does not report storage usage',
	'storage.persist.granted':
		'The browser agreed to keep this site’s data; it will not clear it under storage pressure.',
	'storage.persist.notGranted':
		'The browser may clear this site’s data when disk space runs low or after a long time without a visit. Export backups regularly.',
	'storage.persist.request': 'Request persistent storage',
	'storage.fit.warning':
		'This save needs about {need} and the browser has about {free} left; it may not fit. Delete projects you no longer need or export a backup, then save again.',
	'storage.fit.saveAnyway': 'Save anyway',

	'storage.error.full':
		'Browser storage is full, so this change was not saved. The last saved version is intact and you can keep working. Delete projects you no longer need or free browser storage and try again, or export a backup first.',
	'storage.error.not-found': 'This project was not found; it may have been deleted in another tab.',
	'storage.error.conflict':
		'This project was just saved in another tab. To avoid overwriting it, this change was not saved; reopen the project and make it again.',
	'storage.error.corrupt':
		'The project’s stored data is damaged and cannot be opened. If you have a backup file, import it.',
	'storage.error.incomplete':
		'The save did not complete; the last saved version is still in force. Please try again.',
	'storage.error.unavailable':
		'This browser (or its private mode) does not let web pages store data on this computer, so projects cannot be saved. Export a backup file instead.',
	'storage.error.invalid': 'The project name or data is not valid.',
	'storage.error.open-first':
		'This project keeps raw personal data; open it first to export a backup without personal data.',
	'storage.error.newer':
		'This project was saved by a newer version of ParcelLens and cannot be opened here. Please upgrade first.',
	'storage.error.migration': 'This project’s saved format cannot be upgraded to this version.',

	'storage.backup.export': 'Export backup',
	'storage.backup.exportHint':
		'One file with the data, column mappings, settings and report; it can be imported on another computer.',
	'storage.backup.dropPii': 'Without raw personal data',
	'storage.backup.dropPiiHint':
		'Phone numbers become irreversible codes (customers still unify correctly), names are masked, and sample values are removed from the import record.',
	'storage.backup.exporting': 'Exporting backup…',
	'storage.backup.exported': 'Backup exported: {file}',
	'storage.backup.import': 'Import a backup',
	'storage.backup.importing': 'Reading backup…',
	'storage.backup.imported': 'Imported project “{name}” from the backup.',
	'storage.backup.warnNever':
		'This project has never been backed up. Some browsers clear data stored by web pages after {days} days without a visit; export a backup file.',
	'storage.backup.warnOld':
		'The last backup is {days} days old and the project changed since. Some browsers clear data of sites not visited for a while; export a new backup.',
	'storage.backup.error.not-a-backup': 'This is not a ParcelLens backup file.',
	'storage.backup.error.too-large': 'The backup file is too large to open in the browser.',
	'storage.backup.error.unexpected-entry':
		'The backup file contains unknown content and was not imported, to be safe.',
	'storage.backup.error.missing-entry': 'The backup file is incomplete: a data table is missing.',
	'storage.backup.error.corrupt': 'The backup file is damaged (checksum mismatch).',
	'storage.backup.error.newer-format':
		'This backup was exported by a newer version of ParcelLens. Please upgrade, then import it.',
	'storage.backup.error.newer-schema':
		'This backup was exported by a newer version of ParcelLens. Please upgrade, then import it.',
	'storage.backup.error.invalid': 'The backup file’s content is not valid and cannot be imported.'
};
