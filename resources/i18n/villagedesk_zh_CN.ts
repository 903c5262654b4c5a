<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>Enter a number of minutes from {least} to {most}.</source>
        <translation>请输入 {least} 到 {most} 之间的分钟数。</translation>
    </message>
    <message>
        <source>Wrong name or password. The account is locked for {minutes} minutes.</source>
        <translation>账号或密码错误，账号已锁定 {minutes} 分钟。</translation>
    </message>
    <message>
        <source>Wrong name or password. {left} tries left.</source>
        <translation>账号或密码错误，还可再试 {left} 次。</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message>
        <source>The account is locked. Try again in {minutes} minutes.</source>
        <translation>账号已锁定，请 {minutes} 分钟后再试。</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>账号已停用。</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>The password must not be the account&apos;s name.</source>
        <translation>密码不能与账号名称相同。</translation>
    </message>
    <message>
        <source>No permission.</source>
        <translation>无权限</translation>
    </message>
    <message>
        <source>Enter the account&apos;s name.</source>
        <translation>请输入账号名称。</translation>
    </message>
    <message>
        <source>The name may have at most {count} characters.</source>
        <translation>名称最多 {count} 个字符。</translation>
    </message>
    <message>
        <source>This name is kept for the program&apos;s own use.</source>
        <translation>该名称由程序专用，不能作为账号名称。</translation>
    </message>
    <message>
        <source>An account with this name exists.</source>
        <translation>已有同名账号。</translation>
    </message>
    <message>
        <source>There is no account of that name.</source>
        <translation>没有这个名称的账号。</translation>
    </message>
    <message>
        <source>The station already has accounts.</source>
        <translation>本服务站已经设置了账号。</translation>
    </message>
    <message>
        <source>You cannot lock your own account.</source>
        <translation>不能停用自己正在使用的账号。</translation>
    </message>
    <message>
        <source>The recovery code is not right.</source>
        <translation>恢复码不正确。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>请先登录再修改密码。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked after wrong passwords</source>
        <translation>密码错误锁定中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>This station has no accounts yet: whoever uses the computer acts as 免登录 with every right. Set up a 管理员 account to sign in with a password.</source>
        <translation>本服务站还没有账号：谁使用这台电脑，都以“免登录”身份拥有全部权限。设置管理员账号后即可凭密码登录。</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>添加账号…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reset the password…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <source>Set up the 管理员 account…</source>
        <translation>设置管理员账号…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Everything, including accounts, backups, sync and the audit log.</source>
        <extracomment>The roles in the order the form offers them (the least powerful first).</extracomment>
        <translation>全部权限，包括账号、备份、同步和操作日志。</translation>
    </message>
    <message>
        <source>Enters and edits records, imports, prints and exports personal data.</source>
        <translation>录入和修改记录，导入，打印和导出个人信息。</translation>
    </message>
    <message>
        <source>Reads the registers with numbers masked and prints public notices.</source>
        <translation>查看登记表（号码脱敏），打印公示。</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>e.g. 李娜</source>
        <translation>例如：李娜</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>账号名称：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Reset the password of {name}</source>
        <translation>重设 {name} 的密码</translation>
    </message>
    <message>
        <source>Tell {name} the new password in person. A lockout after wrong passwords ends with the reset.</source>
        <translation>请当面把新密码告诉 {name}。因密码错误造成的锁定随重设一并解除。</translation>
    </message>
    <message>
        <source>Sign in automatically (免登录)</source>
        <translation>自动登录（免登录）</translation>
    </message>
    <message>
        <source>With 免登录 on, VillageDesk opens without a password and whoever sits at this computer acts as 管理员, with every right. The audit log records their actions as 免登录. Only for a computer that one person uses.</source>
        <translation>开启免登录后，打开程序不需要密码，坐在这台电脑前的任何人都以管理员身份拥有全部权限，操作日志把这些操作记为“免登录”。只适合一个人使用的电脑。</translation>
    </message>
    <message>
        <source>This station has no accounts yet, so it always opens as 免登录. Set up a 管理员 account to sign in with a password.</source>
        <translation>本服务站还没有账号，因此总是以免登录方式打开。设置管理员账号后即可凭密码登录。</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>账号管理…</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>无操作</translation>
    </message>
    <message>
        <source>of no use; the password unlocks it, and nothing typed is lost.</source>
        <translation>后锁定屏幕；输入密码即可解锁，已填写的内容不会丢失。</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assessment of {name}, {year}</source>
        <translation>{name} {year}年度考核</translation>
    </message>
    <message>
        <source>Service: {hours} hours in {records} records
Posts: {posts}
Pledges: {pledges}</source>
        <translation>服务：{records} 次，共 {hours} 小时
岗位：{posts}
承诺：{pledges}</translation>
    </message>
    <message>
        <source>not yet returned</source>
        <translation>尚未反馈</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>考核依据</translation>
    </message>
    <message>
        <source>Community rating *</source>
        <translation>社区评定 *</translation>
    </message>
    <message>
        <source>Community comment</source>
        <translation>社区评语</translation>
    </message>
    <message>
        <source>Work unit rating</source>
        <translation>单位评定</translation>
    </message>
    <message>
        <source>Work unit comment</source>
        <translation>单位评语</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>Rate…</source>
        <translation>评定…</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>All work units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>(no work unit)</source>
        <translation>（无工作单位）</translation>
    </message>
    <message>
        <source>{count} members, {rated} rated by the community, {returned} by the work unit</source>
        <translation>共 {count} 人，社区已评定 {rated} 人，单位已反馈 {returned} 人</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign request</source>
        <translation>分派诉求</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <source>Helpers:</source>
        <translation>协办人：</translation>
    </message>
    <message>
        <source>optional; several names separated by 、</source>
        <translation>可不填；多人用“、”分隔</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message>
        <source>Add photos or scans…</source>
        <extracomment>Copies the files chosen, then runs the service call given the copies.</extracomment>
        <translation>添加照片或扫描件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add photos or scans</source>
        <translation>添加照片或扫描件</translation>
    </message>
    <message>
        <source>Photos, scans and PDF files ({patterns})</source>
        <translation>照片、扫描件和 PDF 文件 ({patterns})</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>{name} cannot be read.</source>
        <extracomment>Where the files of a request not yet numbered go (the 编号 is given when it is saved).</extracomment>
        <translation>无法读取 {name}。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Audit log entry {seq} was changed after it was written.</source>
        <translation>操作日志第 {seq} 条在写入后被修改。</translation>
    </message>
    <message>
        <source>Audit log entry {seq} is missing: entries were deleted.</source>
        <translation>操作日志缺少第 {seq} 条：有记录被删除。</translation>
    </message>
    <message>
        <source>Audit log entry {seq} appears twice or out of order: an entry was inserted.</source>
        <translation>操作日志第 {seq} 条重复或顺序错乱：有记录被插入。</translation>
    </message>
    <message>
        <source>Audit log entry {seq} does not link to the next one: one of them was replaced.</source>
        <translation>操作日志第 {seq} 条与下一条衔接不上：其中一条被替换。</translation>
    </message>
    <message>
        <source>The audit log does not continue from entry {seq} seen last: it was rewritten.</source>
        <translation>操作日志未接续上次看到的第 {seq} 条：日志被改写。</translation>
    </message>
    <message>
        <source>The audit log is complete.</source>
        <translation>操作日志完整</translation>
    </message>
    <message>
        <source>The audit log continues.</source>
        <translation>操作日志连续</translation>
    </message>
    <message>
        <source>Created by an import; its values are those of the file</source>
        <translation>导入新建，各项的值即导入文件中的值</translation>
    </message>
</context>
<context>
    <name>AuditCsv</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Accounts</source>
        <extracomment>Audited tables that are no register (core.registers names those), as the log shows them.</extracomment>
        <translation>账号</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <extracomment>Sample texts the first columns are sized to (the last stretches).</extracomment>
        <translation>选中一条日志，即可查看它改动了什么。</translation>
    </message>
    <message>
        <source>Entry {seq} changed no record.</source>
        <translation>第 {seq} 条没有改动记录。</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>Reading entry {seq}…</source>
        <translation>正在读取第 {seq} 条……</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>正在读取操作日志……</translation>
    </message>
    <message>
        <source>Entry {seq} changed {count} records:</source>
        <translation>第 {seq} 条改动了 {count} 条记录：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>{count} records</source>
        <extracomment>Sample texts the columns are sized to (the last stretches; longer texts are elided and shown whole in the tooltip).</extracomment>
        <translation>{count} 条记录</translation>
    </message>
    <message>
        <source>all accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <source>a record&apos;s uuid</source>
        <translation>记录的 uuid</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>No permission: only a 管理员 may read the audit log.</source>
        <translation>无权限：只有管理员可以查看操作日志。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Check that no entry of the audit log was changed or removed.</source>
        <translation>检查操作日志有没有被修改或删除。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>{count} entries shown</source>
        <translation>显示 {count} 条</translation>
    </message>
    <message>
        <source>{count} entries shown, more below</source>
        <translation>显示 {count} 条，向下滚动可看更多</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>正在校验操作日志……</translation>
    </message>
    <message>
        <source>audit_log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>{count} entries were written to {path}.</source>
        <translation>已将 {count} 条日志写入 {path}。</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>正在导出操作日志……</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Daily</source>
        <translation>每日自动</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>备份口令</translation>
    </message>
    <message>
        <source>The backup on the USB drive is encrypted, so that nobody who finds the drive can read it. Choose a passphrase of at least 8 characters and keep it in a safe place: without the passphrase the backup cannot be restored, by anyone.</source>
        <translation>U盘上的备份是加密的，捡到U盘的人也无法读取。请设置一个至少 8 个字符的口令，并妥善保管：没有口令，任何人都无法恢复这份备份。</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>再输一遍：</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>显示口令</translation>
    </message>
    <message>
        <source>Strength: {level}</source>
        <translation>强度：{level}</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Open the encrypted backup</source>
        <translation>打开加密备份</translation>
    </message>
    <message>
        <source>Passphrase of the backup {name}:</source>
        <translation>备份 {name} 的口令：</translation>
    </message>
    <message>
        <source>Choose the USB drive or a folder</source>
        <translation>选择U盘或文件夹</translation>
    </message>
    <message>
        <source>The encrypted backup was written and checked:
{path}

Keep the passphrase in a safe place: without it the backup cannot be restored. You can remove the USB drive now.</source>
        <translation>加密备份已写入并核验无误：
{path}

请妥善保管口令：没有口令就无法恢复这份备份。现在可以拔下U盘了。</translation>
    </message>
    <message>
        <source>The backup carries the data without the station keys: {reason}</source>
        <translation>这份备份只含数据，不含本站密钥：{reason}</translation>
    </message>
    <message>
        <source>Backing up to the USB drive</source>
        <translation>正在备份到U盘</translation>
    </message>
    <message>
        <source>Backup created:
{path}</source>
        <translation>备份已完成：
{path}</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The current data will be replaced by the backup
{name}.

A backup of the current data is taken first. Continue?</source>
        <translation>当前数据将被备份文件
{name}
替换。

替换前会先备份当前数据。是否继续？</translation>
    </message>
    <message>
        <source>The backup was restored. The data as it was before is kept in {name}.</source>
        <translation>备份已恢复。恢复前的数据已保存为 {name}。</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>正在恢复备份</translation>
    </message>
    <message>
        <source>A backup of another station</source>
        <translation>另一个服务站的备份</translation>
    </message>
    <message>
        <source>This backup belongs to the station {name} ({code}), key fingerprint:
{fingerprint}

This station&apos;s key fingerprint is {current}.

Restoring it makes this computer that station: its keys replace this station&apos;s, and the township takes this computer&apos;s packages as that station&apos;s. Compare the fingerprint with the station&apos;s before you go on.

A backup of the current data is taken first. Restore it?</source>
        <translation>这份备份属于服务站 {name}（{code}），密钥指纹：
{fingerprint}

本站的密钥指纹是 {current}。

恢复后，这台电脑就成为那个服务站：它的密钥将替换本站的密钥，乡镇会把这台电脑发出的数据包当作那个服务站的。继续之前，请先与该站的指纹逐组核对。

恢复前会先备份当前数据。确定恢复吗？</translation>
    </message>
    <message>
        <source>The station keys of the backup were installed (fingerprint {fingerprint}).</source>
        <translation>已安装备份中的本站密钥（指纹 {fingerprint}）。</translation>
    </message>
    <message>
        <source>The station keys of the backup could not be installed: {error}</source>
        <translation>备份中的本站密钥未能安装：{error}</translation>
    </message>
    <message>
        <source>Decrypting the backup</source>
        <translation>正在解密备份</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose a backup to restore. The current data is backed up first.</source>
        <translation>请选择要恢复的备份。恢复前会先备份当前数据。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>VillageDesk backups (*.vdsafe *.vdbak);;All files (*)</source>
        <translation>VillageDesk 备份 (*.vdsafe *.vdbak);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Branch</name>
    <message>
        <source>Enter the branch&apos;s name.</source>
        <translation>请填写支部名称。</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>名称过长。</translation>
    </message>
    <message>
        <source>A branch with this name exists.</source>
        <translation>已有同名的支部。</translation>
    </message>
    <message>
        <source>Choose branch or group.</source>
        <translation>请选择党支部或党小组。</translation>
    </message>
    <message>
        <source>A branch cannot belong to itself.</source>
        <translation>支部不能隶属于自身。</translation>
    </message>
    <message>
        <source>The parent branch no longer exists.</source>
        <translation>上级支部已不存在。</translation>
    </message>
    <message>
        <source>The branch was not found.</source>
        <translation>未找到该支部。</translation>
    </message>
    <message>
        <source>{name} still has {count} members. Move them to another branch first.</source>
        <translation>{name}还有{count}名党员，请先将他们调整到其他支部。</translation>
    </message>
</context>
<context>
    <name>BranchDialog</name>
    <message>
        <source>Add a Party organisation</source>
        <translation>新增党组织</translation>
    </message>
    <message>
        <source>Edit Party organisation: {name}</source>
        <translation>编辑党组织：{name}</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Parent branch</source>
        <translation>上级党支部</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>所在网格</translation>
    </message>
    <message>
        <source>Secretary / group leader</source>
        <translation>书记/组长</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>BranchesPage</name>
    <message>
        <source>Add branch or group</source>
        <translation>新增党支部/党小组</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>所在网格</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记/组长</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Party organisations</source>
        <translation>党组织设置</translation>
    </message>
    <message>
        <source>Void organisation: {name}</source>
        <translation>作废党组织：{name}</translation>
    </message>
    <message>
        <source>A voided branch no longer appears in lists. Only a branch without members can be voided.</source>
        <translation>作废后，该党组织不再出现在列表中。只有没有党员的党组织才能作废。</translation>
    </message>
</context>
<context>
    <name>CadresPage</name>
    <message>
        <source>Link a household…</source>
        <translation>新增联系户…</translation>
    </message>
    <message>
        <source>End link…</source>
        <translation>结束联户…</translation>
    </message>
    <message>
        <source>Open household page</source>
        <translation>查看户情</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Households per cadre:</source>
        <translation>每名干部联系户数：</translation>
    </message>
    <message>
        <source>Cadre links</source>
        <translation>包村联户</translation>
    </message>
    <message>
        <source>Choose a cadre to see their households.</source>
        <translation>请选择干部以查看其联系户。</translation>
    </message>
    <message>
        <source>{name} links {count} households (limit {limit})</source>
        <translation>{name}联系 {count} 户（上限 {limit} 户）</translation>
    </message>
    <message>
        <source>— more than the limit</source>
        <translation>—— 已超上限</translation>
    </message>
    <message>
        <source>End link</source>
        <translation>结束联户</translation>
    </message>
    <message>
        <source>{name} will no longer link the household at {address}. The link stays in the history.</source>
        <translation>{name}将不再联系{address}户，联户记录保留在历史中。</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The time limit must be a whole number of hours, days or working days, 1 to {most}.</source>
        <translation>办理时限必须是 1 到 {most} 之间的整数（小时、天或工作日）。</translation>
    </message>
    <message>
        <source>The time-limit rule is not valid.</source>
        <translation>办理时限规则无效。</translation>
    </message>
    <message>
        <source>No time-limit rule applies to this request; add one.</source>
        <translation>没有适用于该诉求的办理时限规则，请先添加一条。</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>{amount} hours</source>
        <translation>{amount} 小时</translation>
    </message>
    <message>
        <source>{amount} days</source>
        <translation>{amount} 天</translation>
    </message>
    <message>
        <source>{amount} working days</source>
        <translation>{amount} 个工作日</translation>
    </message>
    <message>
        <source>{due} (estimated)</source>
        <translation>{due}（估算）</translation>
    </message>
    <message>
        <source>The calendar file is too large ({size} KB; at most {limit} KB).</source>
        <translation>节假日文件过大（{size} KB，最多 {limit} KB）。</translation>
    </message>
    <message>
        <source>The calendar file is not a valid JSON document.</source>
        <translation>节假日文件不是有效的 JSON 文件。</translation>
    </message>
    <message>
        <source>The calendar file does not name its year.</source>
        <translation>节假日文件没有写明年份。</translation>
    </message>
    <message>
        <source>The year {year} is outside {first}–{last}.</source>
        <translation>年份 {year} 不在 {first}—{last} 之间。</translation>
    </message>
    <message>
        <source>The calendar file has no list of days.</source>
        <translation>节假日文件中没有日期列表。</translation>
    </message>
    <message>
        <source>The calendar file lists no days (not published yet?).</source>
        <translation>节假日文件中一天也没有（可能尚未公布）。</translation>
    </message>
    <message>
        <source>The calendar file lists {count} days; at most {limit} are allowed.</source>
        <translation>节假日文件列出了 {count} 天，超过上限 {limit} 天。</translation>
    </message>
    <message>
        <source>it is not a day.</source>
        <translation>不是一条日期记录。</translation>
    </message>
    <message>
        <source>the holiday&apos;s name is missing or too long.</source>
        <translation>节日名称缺失或过长。</translation>
    </message>
    <message>
        <source>“isOffDay” is not true or false.</source>
        <translation>“isOffDay”不是 true 或 false。</translation>
    </message>
    <message>
        <source>the date is not a date like 2026-10-01.</source>
        <translation>日期格式不对，应形如 2026-10-01。</translation>
    </message>
    <message>
        <source>the date {date} is not in {year}.</source>
        <translation>日期 {date} 不在 {year} 年内。</translation>
    </message>
    <message>
        <source>Day {number}: {problem}</source>
        <translation>第 {number} 条：{problem}</translation>
    </message>
    <message>
        <source>the date {date} is listed twice.</source>
        <translation>日期 {date} 重复出现。</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>……另有 {count} 处问题。</translation>
    </message>
    <message>
        <source>The calendar file is not one year&apos;s holiday table.</source>
        <translation>节假日文件不是某一年的节假日安排。</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>The time limit must be a whole number from 1 to {most}.</source>
        <translation>办理时限必须是 1 到 {most} 之间的整数。</translation>
    </message>
    <message>
        <source>Choose hours, working days or calendar days.</source>
        <translation>请选择小时、工作日或自然日。</translation>
    </message>
    <message>
        <source>The request type is not one VillageDesk knows.</source>
        <translation>诉求类型无法识别。</translation>
    </message>
    <message>
        <source>The urgency is not one VillageDesk knows.</source>
        <translation>紧急程度无法识别。</translation>
    </message>
    <message>
        <source>Water, power or heating must be yes, no or any.</source>
        <translation>涉及水电暖只能是“是”“否”或“任意”。</translation>
    </message>
    <message>
        <source>Count the limit from receipt or from signing.</source>
        <translation>时限只能从受理或签收起算。</translation>
    </message>
    <message>
        <source>The states that stop the clock are not valid.</source>
        <translation>停表的状态无效。</translation>
    </message>
    <message>
        <source>Keep at least one rule: the last one gives every other request its limit.</source>
        <translation>至少保留一条规则：最后一条规则为其余所有诉求规定时限。</translation>
    </message>
    <message>
        <source>The table has more than {most} rules.</source>
        <translation>规则超过 {most} 条。</translation>
    </message>
    <message>
        <source>The rules must be a list of rules.</source>
        <translation>规则文件必须是一组规则（JSON 列表）。</translation>
    </message>
    <message>
        <source>The last rule must apply to any request type, any urgency and any water, power or heating, so that every request gets a time limit.</source>
        <translation>最后一条规则的诉求类型、紧急程度和涉及水电暖都必须是“任意”，这样每件诉求都有办理时限。</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>100 mm across</source>
        <translation>横向 100 毫米</translation>
    </message>
    <message>
        <source>100 mm down</source>
        <translation>纵向 100 毫米</translation>
    </message>
    <message>
        <source>Printer calibration page</source>
        <translation>打印机校准页</translation>
    </message>
    <message>
        <source>Print this page at actual size (100%, no fit to page) on the printer used for cards.</source>
        <translation>请用打印联系卡的打印机按实际大小（100%，不要“适合页面”）打印本页。</translation>
    </message>
    <message>
        <source>1. Both rulers must measure exactly 100 mm. If not, the printer or the viewer is scaling the page: turn scaling off in the print dialog.</source>
        <translation>1. 两把标尺都应正好 100 毫米。如不是，说明打印机或阅读器缩放了页面，请在打印对话框中关闭缩放。</translation>
    </message>
    <message>
        <source>2. Each corner cross should sit 10 mm from both edges of the paper. Measure the top left one: X offset = 10 − distance from the left edge, Y offset = 10 − distance from the top edge (in mm).</source>
        <translation>2. 四角的十字应距纸边各 10 毫米。量出左上角十字的位置：X 偏移 = 10 − 距左边距离，Y 偏移 = 10 − 距上边距离（单位：毫米）。</translation>
    </message>
    <message>
        <source>3. Enter the offsets in the printer offset settings, then print this page again to check.</source>
        <translation>3. 在“打印机偏移”设置中填入偏移量，再打印本页核对。</translation>
    </message>
    <message>
        <source>The dashed outlines show where the contact cards are printed on their sheet.</source>
        <translation>虚线框为联系卡在纸上的打印位置。</translation>
    </message>
    <message>
        <source>Offsets in use: X {x} mm, Y {y} mm</source>
        <translation>当前偏移：X {x} 毫米，Y {y} 毫米</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <source>Work handbooks</source>
        <translation>工作手册</translation>
    </message>
    <message>
        <source>Contact cards</source>
        <translation>联系卡</translation>
    </message>
    <message>
        <source>Every in-service member registered in {year} ({count})</source>
        <translation>{year}年度已报到的全部在职党员（{count} 人）</translation>
    </message>
    <message>
        <source>Every in-service member registered in {year}.</source>
        <translation>{year}年度已报到的全部在职党员。</translation>
    </message>
    <message>
        <source>Only {member}</source>
        <translation>只打印 {member}</translation>
    </message>
    <message>
        <source>The {count} selected member(s).</source>
        <translation>已选中的 {count} 名党员。</translation>
    </message>
    <message>
        <source>Members chosen here:</source>
        <translation>在下面勾选党员：</translation>
    </message>
    <message>
        <source>Search: name, pinyin initials, ID number or phone (at least 4 digits)</source>
        <translation>搜索：姓名、拼音首字母、身份证号或手机号（至少4位）</translation>
    </message>
    <message>
        <source>Plain A5 pages in order (no booklet)</source>
        <translation>按顺序输出A5单页（不拼版成册）</translation>
    </message>
    <message>
        <source>Print the backs with the members&apos; pledges</source>
        <translation>打印背面（党员承诺）</translation>
    </message>
    <message>
        <source>By default the A5 pages are printed two to an A4 sheet in booklet order: print both sides, fold the sheets and staple them.</source>
        <translation>默认将A5页面按骑马订顺序每两页拼在一张A4纸上：双面打印后对折、装订即成手册。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>{count} chosen</source>
        <translation>已勾选 {count} 人</translation>
    </message>
    <message>
        <source>Type at least 4 digits of the ID number or phone.</source>
        <translation>请至少输入4位身份证号或手机号。</translation>
    </message>
    <message>
        <source>Tick at least one member in the list.</source>
        <translation>请在列表中至少勾选一名党员。</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>{type} {label} ({uuid}): {message}</source>
        <translation>{type} {label}（{uuid}）：{message}</translation>
    </message>
    <message>
        <source>The roll history is empty.</source>
        <translation>党籍变更记录为空。</translation>
    </message>
    <message>
        <source>The roll history does not start with the registration.</source>
        <translation>党籍变更记录不是从“登记”开始的。</translation>
    </message>
    <message>
        <source>The roll history has “{change}” after “{status}”.</source>
        <translation>党籍变更记录中“{change}”出现在“{status}”之后，不符合规则。</translation>
    </message>
    <message>
        <source>The roll status is “{stored}”, but the roll history ends in “{history}”.</source>
        <translation>党籍状态为“{stored}”，但党籍变更记录最后为“{history}”。</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Import a ledger of residents&apos; requests (民情台账)</source>
        <translation>导入民情台账</translation>
    </message>
    <message>
        <source>Choose the 民情台账 you keep in Excel or WPS: one row per request, with at least the columns 受理时间 (or 受理日期) and 诉求内容. Requests already in the register are left as they are; the new ones come in as received, waiting to be assigned.</source>
        <translation>请选择您用 Excel 或 WPS 记录的民情台账：每行一件诉求，至少要有“受理时间”（或“受理日期”）和“诉求内容”两列。台账中已有的诉求保持不变；新的诉求按受理时的情况导入，导入后为待分派。</translation>
    </message>
    <message>
        <source>Import the Party member roll</source>
        <translation>导入党员花名册</translation>
    </message>
    <message>
        <source>Import residents and households</source>
        <translation>导入居民户籍</translation>
    </message>
    <message>
        <source>Choose the roster you keep in Excel or WPS: one row per member, with at least the columns 姓名 and 公民身份号码.</source>
        <translation>请选择您用 Excel 或 WPS 保存的党员花名册：每名党员一行，至少包含“姓名”和“公民身份号码”两列。</translation>
    </message>
    <message>
        <source>Choose the household roster you keep in Excel or WPS: one row per person, with the columns 姓名, 公民身份号码 and 与户主关系, and a 户号 or 户主公民身份号码 column that puts the people of one household together.</source>
        <translation>请选择您用 Excel 或 WPS 保存的户籍花名册：每人一行，包含“姓名”“公民身份号码”“与户主关系”三列，并用“户号”或“户主公民身份号码”一列把同一户的人归在一起。</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Accepted files: Excel workbooks (.xlsx, .xls) and CSV files (UTF-8 or GBK). Title rows above the column names are fine. Only the first sheet is read.</source>
        <translation>可导入的文件：Excel 工作簿（.xlsx、.xls）和 CSV 文件（UTF-8 或 GBK 编码）。列名上方有标题行也可以。只读取第一个工作表。</translation>
    </message>
    <message>
        <source>Nothing is written yet: the next step shows every row and what would happen to it, and you decide then.</source>
        <translation>此时不会写入任何数据：下一步将逐行列出导入结果，由您确认后再导入。</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Claim a service post</source>
        <translation>认领服务岗位</translation>
    </message>
    <message>
        <source>Member *</source>
        <translation>党员 *</translation>
    </message>
    <message>
        <source>Post *</source>
        <translation>岗位 *</translation>
    </message>
    <message>
        <source>Claimed on *</source>
        <translation>认领日期 *</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>List, make, restore or save backups.</source>
        <translation>查看、创建、恢复或另存备份。</translation>
    </message>
    <message>
        <source>List the backups, newest first.</source>
        <translation>列出备份，最新的在前。</translation>
    </message>
    <message>
        <source>Make a backup now.</source>
        <translation>立即备份。</translation>
    </message>
    <message>
        <source>Restore a backup.</source>
        <translation>从备份恢复。</translation>
    </message>
    <message>
        <source>Replace the station&apos;s data with a backup. The current data is backed up first.</source>
        <translation>用备份替换服务站的现有数据。恢复前会先备份现有数据。</translation>
    </message>
    <message>
        <source>The backup&apos;s file name (as listed) or the path of a backup file (.vdbak, or an encrypted .vdsafe whose passphrase is in VILLAGEDESK_BACKUP_PASSPHRASE).</source>
        <translation>备份的文件名（与列表中一致）或备份文件的路径（.vdbak，或加密的 .vdsafe，其口令放在 VILLAGEDESK_BACKUP_PASSPHRASE 中）。</translation>
    </message>
    <message>
        <source>Restore an encrypted backup whose station keys differ from this station&apos;s: the backup&apos;s key fingerprint, as the refused attempt showed it.</source>
        <translation>恢复一份密钥与本站不同的加密备份：填写备份的密钥指纹（即上次未执行时显示的指纹）。</translation>
    </message>
    <message>
        <source>Save an encrypted backup to another drive, such as a USB stick.</source>
        <translation>把加密备份保存到其他磁盘，例如U盘。</translation>
    </message>
    <message>
        <source>Save an encrypted backup (data and station keys) to another folder, such as a USB stick; the file is read back and checked. The passphrase (at least 8 characters) is read from the environment variable VILLAGEDESK_BACKUP_PASSPHRASE; without it the backup cannot be restored.</source>
        <translation>把加密备份（数据和本站密钥）保存到其他文件夹，例如U盘；写入后会回读核验。口令（至少 8 个字符）从环境变量 VILLAGEDESK_BACKUP_PASSPHRASE 读取；没有口令就无法恢复这份备份。</translation>
    </message>
    <message>
        <source>The folder to save the backup in.</source>
        <translation>备份保存到的目录。</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>升级前备份</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>恢复前备份</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>导入前备份</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>目前还没有备份。</translation>
    </message>
    <message>
        <source>Backup made: {path}</source>
        <translation>已备份：{path}</translation>
    </message>
    <message>
        <source>No such backup: {name}. See: villagedesk backup list</source>
        <translation>找不到备份：{name}。可运行 villagedesk backup list 查看已有备份。</translation>
    </message>
    <message>
        <source>Restored from {name}.</source>
        <translation>已从备份 {name} 恢复。</translation>
    </message>
    <message>
        <source>The data as it was before is kept in {path}</source>
        <translation>恢复前的数据已保存在 {path}</translation>
    </message>
    <message>
        <source>This backup is encrypted: give its passphrase in the environment variable {name}. Nothing was changed.</source>
        <translation>这份备份是加密的：请在环境变量 {name} 中给出它的口令。未做任何更改。</translation>
    </message>
    <message>
        <source>Not a key fingerprint: {text}. Nothing was changed.</source>
        <translation>不是有效的密钥指纹：{text}。未做任何更改。</translation>
    </message>
    <message>
        <source>The fingerprint {given} is not the one of the keys in this backup ({fingerprint}). Nothing was changed.</source>
        <translation>指纹 {given} 与这份备份中密钥的指纹（{fingerprint}）不符。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup carries no station keys; this computer&apos;s keys were kept.</source>
        <translation>这份备份不含本站密钥；已保留这台电脑上的密钥。</translation>
    </message>
    <message>
        <source>The data was restored, but the station keys of the backup could not be installed: {error}</source>
        <translation>数据已恢复，但备份中的本站密钥未能安装：{error}</translation>
    </message>
    <message>
        <source>The station keys of the backup were installed (fingerprint {fingerprint}).</source>
        <translation>已安装备份中的本站密钥（指纹 {fingerprint}）。</translation>
    </message>
    <message>
        <source>This backup belongs to the station {name} ({code}), key fingerprint {fingerprint}.</source>
        <translation>这份备份属于服务站 {name}（{code}），密钥指纹 {fingerprint}。</translation>
    </message>
    <message>
        <source>This station&apos;s key fingerprint: {fingerprint}</source>
        <translation>本站的密钥指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Restoring it makes this computer that station: its keys replace this station&apos;s, and the township then takes this computer&apos;s packages as that station&apos;s. Nothing was changed.</source>
        <translation>恢复后，这台电脑就成为那个服务站：它的密钥将替换本站的密钥，乡镇会把这台电脑发出的数据包当作那个服务站的。未做任何更改。</translation>
    </message>
    <message>
        <source>If that is what you want, compare the fingerprint with the station&apos;s, then run again with: --accept {fingerprint}</source>
        <translation>如确需如此，请先与该站的指纹逐组核对，然后加上以下参数重新运行：--accept {fingerprint}</translation>
    </message>
    <message>
        <source>The backup carries the data without the station keys.</source>
        <translation>这份备份只含数据，不含本站密钥。</translation>
    </message>
    <message>
        <source>Give the backup&apos;s passphrase (at least {count} characters) in the environment variable {name}. Nothing was written.</source>
        <translation>请在环境变量 {name} 中给出备份口令（至少 {count} 个字符）。未写入任何文件。</translation>
    </message>
    <message>
        <source>{message} Nothing was written.</source>
        <translation>{message}未写入任何文件。</translation>
    </message>
    <message>
        <source>Could not write to {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>Encrypted backup saved and checked: {path}</source>
        <translation>加密备份已保存并核验无误：{path}</translation>
    </message>
    <message>
        <source>Keep the passphrase safe: without it this backup cannot be restored.</source>
        <translation>请妥善保管口令：没有口令就无法恢复这份备份。</translation>
    </message>
    <message>
        <source>Check the database for damage.</source>
        <translation>检查数据库是否损坏。</translation>
    </message>
    <message>
        <source>Run the database&apos;s integrity and foreign-key checks, then the rules every record must follow (ID numbers, dates, roll histories …). Problems are reported, not fixed. Exits 1 when a problem is found.</source>
        <translation>先检查数据库的完整性和外键，再检查每条记录是否符合规则（公民身份号码、日期、党籍变更记录等）。只报告问题，不做修改。发现问题时退出码为 1。</translation>
    </message>
    <message>
        <source>Temp files left by an interrupted run were removed: {count}</source>
        <translation>已删除中断运行留下的临时文件：{count} 个</translation>
    </message>
    <message>
        <source>The database check passed.</source>
        <translation>数据库检查通过</translation>
    </message>
    <message>
        <source>Every record follows the rules.</source>
        <translation>所有记录都符合规则。</translation>
    </message>
    <message>
        <source>{count} records break a rule (reported only; nothing was changed):</source>
        <translation>有 {count} 条记录不符合规则（仅报告，未做任何修改）：</translation>
    </message>
    <message>
        <source>The database check found problems:</source>
        <translation>数据库检查发现以下问题：</translation>
    </message>
    <message>
        <source>Fill an empty station with demo data.</source>
        <translation>为空白服务站生成演示数据。</translation>
    </message>
    <message>
        <source>Fill an empty station with demo branches, members, households and a year of requests (all or nothing). Sets up a demo station if there is none. A station that has members is refused.</source>
        <translation>为空白服务站生成演示支部、党员、户籍和一年的民情诉求（要么全部生成，要么不作任何改动）。尚未设置服务站时，先设置一个演示服务站。已有党员的服务站不能生成演示数据。</translation>
    </message>
    <message>
        <source>How many members to create (default {n}).</source>
        <translation>要生成的党员人数（默认 {n} 人）。</translation>
    </message>
    <message>
        <source>How many requests of the past year to create, in every state (default {n}; 0 for none).</source>
        <translation>要生成的过去一年的民情诉求件数，涵盖各种办理状态（默认 {n} 件；0 为不生成）。</translation>
    </message>
    <message>
        <source>Seed of the random generator; the same seed gives the same members.</source>
        <translation>随机数种子；种子相同，生成的党员也相同。</translation>
    </message>
    <message>
        <source>Demo station set up: {name}</source>
        <translation>已设置演示服务站：{name}</translation>
    </message>
    <message>
        <source>Demo data created: {members} members in {branches} branches and groups; {on_roll} on the roll, {transferred} transferred out and {deceased} deceased (the roll lists those on it).</source>
        <translation>演示数据已生成：党员 {members} 名，支部和党小组 {branches} 个；其中在册 {on_roll} 名，已转出 {transferred} 名，已去世 {deceased} 名（花名册只列在册党员）。</translation>
    </message>
    <message>
        <source>Demo requests created: {count} of the past year, in every state.</source>
        <translation>演示民情诉求已生成：过去一年共 {count} 件，涵盖各种办理状态。</translation>
    </message>
    <message>
        <source>Demo disputes created: {count} of the past year, of every type, level and result.</source>
        <translation>演示矛盾纠纷已生成：过去一年共 {count} 件，涵盖各种类型、预警等级和调解结果。</translation>
    </message>
    <message>
        <source>Find or register Party members.</source>
        <translation>查找或登记党员。</translation>
    </message>
    <message>
        <source>Find members by name, pinyin, ID number or phone.</source>
        <translation>按姓名、拼音、公民身份号码或联系电话查找党员。</translation>
    </message>
    <message>
        <source>Find members by name, pinyin initials, part of the ID number or phone. Prints one member per line, tab-separated: name, ID number and phone (masked as on a notice), branch, standing, roll status. Members no longer on the roll are included; voided records are not. The full numbers are in: villagedesk export members.</source>
        <translation>按姓名、拼音首字母、公民身份号码或联系电话的一部分查找党员。每行输出一名党员，各项以制表符分隔：姓名、公民身份号码和联系电话（与公示一样部分隐去）、所在支部、党员身份、在册状态。已不在册的党员也会列出，已作废的记录不列出。完整号码请用 villagedesk export members 导出。</translation>
    </message>
    <message>
        <source>What to look for (empty text lists everyone).</source>
        <translation>要查找的内容（留空则列出全部党员）。</translation>
    </message>
    <message>
        <source>Register a new member.</source>
        <translation>登记新党员。</translation>
    </message>
    <message>
        <source>Register a new member, checked exactly as the form checks. Dates are written like 2024.03.15, or 2024.03 if only the month is known.</source>
        <translation>登记新党员，校验规则与登记表单完全相同。日期写作 2024.03.15，只知道月份时写作 2024.03。</translation>
    </message>
    <message>
        <source>The member&apos;s name.</source>
        <translation>党员姓名。</translation>
    </message>
    <message>
        <source>The 18-digit citizen ID number.</source>
        <translation>18 位公民身份号码。</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>联系电话。</translation>
    </message>
    <message>
        <source>The branch&apos;s name; a branch not yet known is created.</source>
        <translation>所在支部名称；尚无此支部时自动新建。</translation>
    </message>
    <message>
        <source>Date of joining the Party.</source>
        <translation>入党时间。</translation>
    </message>
    <message>
        <source>Date of becoming a full member.</source>
        <translation>转正时间。</translation>
    </message>
    <message>
        <source>Ethnic group, e.g. 汉族.</source>
        <translation>民族，如：汉族。</translation>
    </message>
    <message>
        <source>Education, e.g. 高中 or 大专 (or its code).</source>
        <translation>学历，如：高中、大专（也可填写学历代码）。</translation>
    </message>
    <message>
        <source>Work unit.</source>
        <translation>工作单位。</translation>
    </message>
    <message>
        <source>Home address.</source>
        <translation>家庭住址。</translation>
    </message>
    <message>
        <source>A category (may be given more than once): 在职党员, 流动党员, 老党员, 困难党员, 离退休, or the codes in_service, mobile, veteran, in_hardship, retired.</source>
        <translation>党员分类（可多次填写）：在职党员、流动党员、老党员、困难党员、离退休，或代码 in_service、mobile、veteran、in_hardship、retired。</translation>
    </message>
    <message>
        <source>Unknown category: {value}. Use 在职党员, 流动党员, 老党员, 困难党员 or 离退休.</source>
        <translation>无法识别的党员分类：{value}。请填写在职党员、流动党员、老党员、困难党员或离退休。</translation>
    </message>
    <message>
        <source>Member registered: {name}</source>
        <translation>已登记党员：{name}</translation>
    </message>
    <message>
        <source>Set up the station or show its details.</source>
        <translation>设置服务站或查看服务站信息。</translation>
    </message>
    <message>
        <source>Set up the station (or change its details).</source>
        <translation>设置服务站（或修改服务站信息）。</translation>
    </message>
    <message>
        <source>Set up the station (or change its details). Options left out keep their current values.</source>
        <translation>设置服务站（或修改服务站信息）。未填写的选项保持原值不变。</translation>
    </message>
    <message>
        <source>The station&apos;s name.</source>
        <translation>服务站名称。</translation>
    </message>
    <message>
        <source>The 12-digit administrative division code, e.g. 370323104203.</source>
        <translation>12 位行政区划代码，如：370323104203。</translation>
    </message>
    <message>
        <source>The station&apos;s level: county, township, village (or community) or villager group.</source>
        <translation>服务站层级：county（县级）、township（乡镇级）、village（村、社区级）或 group（村民小组级）。</translation>
    </message>
    <message>
        <source>The contact person&apos;s name.</source>
        <translation>联系人姓名。</translation>
    </message>
    <message>
        <source>The contact phone number.</source>
        <translation>联系电话。</translation>
    </message>
    <message>
        <source>The station&apos;s address.</source>
        <translation>服务站地址。</translation>
    </message>
    <message>
        <source>Create the station&apos;s first 管理员 account (the password from VILLAGEDESK_PASSWORD); without it the station runs in 免登录 mode.</source>
        <translation>同时建立本站第一个管理员账号（密码取自 VILLAGEDESK_PASSWORD）；不填则本站以免登录方式运行。</translation>
    </message>
    <message>
        <source>Show the station&apos;s details.</source>
        <translation>查看服务站信息。</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>服务站名称</translation>
    </message>
    <message>
        <source>The station is set up: {name} ({code}).</source>
        <translation>服务站已设置：{name}（{code}）。</translation>
    </message>
    <message>
        <source>The station&apos;s details are saved: {name} ({code}).</source>
        <translation>服务站信息已保存：{name}（{code}）。</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>The station is not set up yet. Run: villagedesk station init --name NAME --code CODE --level LEVEL</source>
        <translation>尚未设置服务站。请运行：villagedesk station init --name 名称 --code 区划代码 --level 层级</translation>
    </message>
    <message>
        <source>VillageDesk, the village Party service station workbench. Without a command it opens the window.</source>
        <translation>村级党群服务站工作台。不带命令运行时打开程序窗口。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>The station&apos;s data folder (default: VILLAGEDESK_DATA_DIR, or the user&apos;s application data folder).</source>
        <translation>服务站数据目录（默认取环境变量 VILLAGEDESK_DATA_DIR，未设置时为当前用户的应用数据目录）。</translation>
    </message>
    <message>
        <source>--data-dir needs a folder: it was given an empty name. Leave the option out to use the default folder.</source>
        <translation>--data-dir 需要一个文件夹，但给出的名称为空。若要使用默认文件夹，请不要写这个选项。</translation>
    </message>
    <message>
        <source>The data folder {path} is a file, not a folder.</source>
        <translation>数据文件夹 {path} 是一个文件，不是文件夹。</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {error}</source>
        <translation>无法使用数据文件夹 {path}：{error}</translation>
    </message>
    <message>
        <source>Sign in as this account (the password from VILLAGEDESK_PASSWORD, or asked for in a terminal). Needed on a station with accounts, unless 免登录 is on.</source>
        <translation>以这个账号登录（密码取自 VILLAGEDESK_PASSWORD，在终端中也可当场输入）。已设置账号的服务站必须登录，开启免登录的除外。</translation>
    </message>
    <message>
        <source>The database failed its check ({count} problems), so nothing was read or written. Restore a backup: villagedesk backup list shows the backups, villagedesk backup restore NAME restores one. villagedesk check lists the problems.</source>
        <extracomment>Commands that work on a database that failed its quick check: the backups (a restore is the way out) and ``check`` (it says what is wrong).</extracomment>
        <translation>数据库检查未通过（发现 {count} 处问题），为防止数据受损，未读取也未写入任何内容。请恢复备份：villagedesk backup list 列出备份，villagedesk backup restore 备份名 恢复其中一份。villagedesk check 可列出具体问题。</translation>
    </message>
    <message>
        <source>The database in {path} could not be opened: {error}</source>
        <translation>无法打开 {path} 中的数据库：{error}</translation>
    </message>
    <message>
        <source>Interrupted; nothing was changed.</source>
        <translation>操作已中断，数据未作任何改动。</translation>
    </message>
    <message>
        <source>Could not read or write {path}: {error}</source>
        <translation>无法读写 {path}：{error}</translation>
    </message>
    <message>
        <source>Not readable text in {options}: the value holds bytes that are not UTF-8 text, or a NUL. Type it again.</source>
        <translation>{options} 的内容无法识别：其中有不是 UTF-8 文字的字节或空字符（NUL）。请重新输入。</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>注意：{message}</translation>
    </message>
    <message>
        <source>The 管理员&apos;s password: </source>
        <translation>管理员密码：</translation>
    </message>
    <message>
        <source>No password for the 管理员: set VILLAGEDESK_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>没有管理员密码：请设置环境变量 VILLAGEDESK_PASSWORD，或在终端中运行本命令并输入密码。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>管理员 account created: {name}.</source>
        <translation>已建立管理员账号：{name}。</translation>
    </message>
    <message>
        <source>Recovery code (shown once; write it down and keep it locked away): {code}</source>
        <translation>恢复码（只显示这一次，请抄写下来并妥善锁好）：{code}</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Full member on</source>
        <translation>转正时间</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>党员身份</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>党员分类</translation>
    </message>
    <message>
        <source>The search text is too long: at most {limit} characters (a name, part of an ID number or of a phone).</source>
        <translation>搜索内容过长：最多 {limit} 个字符（姓名、公民身份号码或联系电话的一部分）。</translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>Missing required arguments: {args}</source>
        <translation>缺少必填参数：{args}</translation>
    </message>
    <message>
        <source>Unrecognized arguments: {args}</source>
        <translation>无法识别的参数：{args}</translation>
    </message>
    <message>
        <source>Argument {name}: invalid choice {value} (choose from {choices})</source>
        <translation>参数 {name}：{value} 不是有效选项（可选：{choices}）</translation>
    </message>
    <message>
        <source>Argument {name} needs a value</source>
        <translation>参数 {name} 需要填写一个值</translation>
    </message>
    <message>
        <source>Argument {name}: invalid value {value}</source>
        <translation>参数 {name}：无效的值 {value}</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}：错误：{message}</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Data sync with the township by USB stick.</source>
        <extracomment>Adds one sync sub-command: its name, its help (also its description) and what it runs.</extracomment>
        <translation>通过U盘与乡镇进行数据同步。</translation>
    </message>
    <message>
        <source>Data sync with the township by USB stick: a village exports packages and imports receipts; a township imports packages and writes receipts.</source>
        <translation>通过U盘与乡镇进行数据同步：村级站点导出同步包、导入回执；乡镇站点导入同步包、出具回执。</translation>
    </message>
    <message>
        <source>Write this township&apos;s enrolment file for its villages (township).</source>
        <translation>为所辖各村生成本乡镇的登记文件（乡镇）。</translation>
    </message>
    <message>
        <source>Export a register to an Excel file (.xlsx).</source>
        <translation>将名册导出为 Excel 文件（.xlsx）。</translation>
    </message>
    <message>
        <source>Export a register to an Excel file (.xlsx). Members and residents are written with every field, unmasked, in the layout of the import template, so the file can be imported again; households as the household register shows them.</source>
        <translation>将名册导出为 Excel 文件（.xlsx）。党员和居民按导入模板的格式导出全部字段（不脱敏），导出的文件可再次导入；户籍按户籍名册显示的内容导出。</translation>
    </message>
    <message>
        <source>Which register.</source>
        <translation>要导出的名册。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Only what this search finds (name, pinyin initials, ID number or phone).</source>
        <translation>只导出按此条件查到的记录（姓名、拼音首字母、公民身份号码或电话）。</translation>
    </message>
    <message>
        <source>Why the file is exported (required when it holds full ID numbers: members and residents); kept in the audit log.</source>
        <translation>导出原因（文件含完整公民身份号码时必填：党员和居民）；记入操作日志。</translation>
    </message>
    <message>
        <source>The file name must end in .xlsx: {path}</source>
        <translation>文件名须以 .xlsx 结尾：{path}</translation>
    </message>
    <message>
        <source>This export holds full ID numbers: give the reason with --reason TEXT (it is kept in the audit log).</source>
        <translation>导出的文件含完整的公民身份号码：请用 --reason 原因 说明导出原因（记入操作日志）。</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file.</source>
        <translation>{path} 是一个文件夹，请给出文件名。</translation>
    </message>
    <message>
        <source>The folder does not exist: {path}</source>
        <translation>文件夹不存在：{path}</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {error}</source>
        <translation>无法写入文件 {path}：{error}</translation>
    </message>
    <message>
        <source>Exported {count} rows to {path}</source>
        <translation>已导出 {count} 行至 {path}</translation>
    </message>
    <message>
        <source>Import the township&apos;s enrolment file (village).</source>
        <translation>导入乡镇的登记文件（村级）。</translation>
    </message>
    <message>
        <source>The enrolment file.</source>
        <translation>登记文件。</translation>
    </message>
    <message>
        <source>Enrol, after comparing the township&apos;s fingerprint with its printed enrolment sheet.</source>
        <translation>核对乡镇指纹与其打印的登记单一致后，登记。</translation>
    </message>
    <message>
        <source>Replace the township trusted now (give its fingerprint): its key is no longer trusted.</source>
        <translation>更换当前信任的乡镇（给出其指纹）：此后不再信任其密钥。</translation>
    </message>
    <message>
        <source>Make new keys for this station (when its keys cannot be opened on this computer).</source>
        <translation>为本站生成新密钥（在这台电脑上无法打开本站密钥时使用）。</translation>
    </message>
    <message>
        <source>Print this station&apos;s key fingerprint.</source>
        <translation>显示本站的密钥指纹。</translation>
    </message>
    <message>
        <source>Give this township new keys; its next enrolment file is signed by the old ones too (township).</source>
        <translation>为本乡镇更换密钥；之后生成的登记文件同时由旧密钥签名（乡镇）。</translation>
    </message>
    <message>
        <source>Export the changes not yet confirmed into a package (village).</source>
        <translation>将尚未确认的变更导出为同步包（村级）。</translation>
    </message>
    <message>
        <source>The folder to write to.</source>
        <translation>要写入的文件夹。</translation>
    </message>
    <message>
        <source>Export every record, not only the changes since the last receipt.</source>
        <translation>导出全部记录，而不只是上次回执以来的变更。</translation>
    </message>
    <message>
        <source>Import packages (township) or receipts (village). Never asks questions.</source>
        <translation>导入同步包（乡镇）或回执（村级），不作任何询问。</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>Only show what would change (township).</source>
        <translation>只显示将要发生的变更（乡镇）。</translation>
    </message>
    <message>
        <source>Accept a new or changed village key with this fingerprint (township).</source>
        <translation>接受指纹为此值的新村或已更换的村级密钥（乡镇）。</translation>
    </message>
    <message>
        <source>Return a received record to its village for correction (township).</source>
        <translation>将收到的记录退回所属村修改（乡镇）。</translation>
    </message>
    <message>
        <source>The record&apos;s UUID.</source>
        <translation>记录的 UUID。</translation>
    </message>
    <message>
        <source>What to correct.</source>
        <translation>需要修改的内容。</translation>
    </message>
    <message>
        <source>Write a signed receipt for a village (township).</source>
        <translation>为村出具签名回执（乡镇）。</translation>
    </message>
    <message>
        <source>The village&apos;s code.</source>
        <translation>村的编码。</translation>
    </message>
    <message>
        <source>Show the sync status.</source>
        <translation>显示同步状态。</translation>
    </message>
    <message>
        <source>Refused: {message}</source>
        <translation>已拒收：{message}</translation>
    </message>
    <message>
        <source>This command works only at a township station.</source>
        <translation>此命令只能在乡镇站点使用。</translation>
    </message>
    <message>
        <source>This command works only at a village station.</source>
        <translation>此命令只能在村级站点使用。</translation>
    </message>
    <message>
        <source>held by the township (data before it missing)</source>
        <translation>被乡镇暂存（此前的数据缺失）</translation>
    </message>
    <message>
        <source>held by the township: another copy of this station&apos;s data reported too</source>
        <translation>被乡镇暂存：本站数据的另一份副本也在上报</translation>
    </message>
    <message>
        <source>held by the township: this station&apos;s audit log does not continue</source>
        <translation>被乡镇暂存：本站的操作日志不连续</translation>
    </message>
    <message>
        <source>Mode: village station (exports packages, imports receipts)</source>
        <translation>模式：村级站点（导出同步包，导入回执）</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>本站指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Township: not enrolled yet (see: villagedesk sync enrol FILE)</source>
        <translation>所属乡镇：尚未登记（见：villagedesk sync enrol 文件）</translation>
    </message>
    <message>
        <source>Township: {name} ({code}), fingerprint {fingerprint}</source>
        <translation>所属乡镇：{name}（{code}），指纹 {fingerprint}</translation>
    </message>
    <message>
        <source>Last package: none yet</source>
        <translation>最近一包：尚未导出</translation>
    </message>
    <message>
        <source>Package No. {seq}: {n} records (change numbers {start}–{end}: every edit takes a number, so a record edited several times counts once).</source>
        <translation>第 {seq} 号同步包：共 {n} 条记录（变更序号 {start}–{end}：每次修改占用一个序号，一条记录修改多次只计一条）。</translation>
    </message>
    <message>
        <source>{file}: the township holds {held} package(s) of this station with data missing before them, and {forks} as another copy of this station&apos;s data. See: villagedesk sync status</source>
        <translation>{file}：乡镇暂存了本站 {held} 个同步包（此前的数据缺失），另有 {forks} 个被视为本站数据的另一份副本。详见：villagedesk sync status</translation>
    </message>
    <message>
        <source>The old key ({old}) is kept to open packages still addressed to it and to sign the new enrolment file. Write it with: villagedesk sync enrol-file, and give it and its sheet to every village.</source>
        <translation>旧密钥（{old}）仍保留，用于打开发给它的同步包，并为新登记文件签名。请用 villagedesk sync enrol-file 生成新登记文件，连同登记单交给各村（社区）。</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Where to write the printed enrolment sheet (default: next to the enrolment file).</source>
        <translation>登记单（PDF）的保存位置（默认与登记文件放在同一位置）。</translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>Last package: No. {seq}, {date}, {state}</source>
        <translation>最近一包：第 {seq} 号，{date}，{state}</translation>
    </message>
    <message>
        <source>Package No. {seq}, {date}, {state}</source>
        <translation>第 {seq} 号同步包，{date}，{state}</translation>
    </message>
    <message>
        <source>Confirmed counter: {n}</source>
        <translation>已确认变更计数：{n}</translation>
    </message>
    <message>
        <source>Changes not yet confirmed: {n}</source>
        <translation>尚未确认的变更：{n} 条</translation>
    </message>
    <message>
        <source>Returned records to correct: {n}</source>
        <translation>待修改的退回记录：{n} 条</translation>
    </message>
    <message>
        <source>Warning: the township {name} ({code}, fingerprint {known}) will no longer be trusted. Packages go only to {new_name} ({new_code}) from now on, and the next package carries all the station&apos;s records.</source>
        <translation>警告：将不再信任乡镇 {name}（{code}，指纹 {known}）。此后同步包只发给 {new_name}（{new_code}），下一个同步包包含本站全部记录。</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <source>Enrolled with {name} ({code}).</source>
        <translation>已登记到{name}（{code}）。</translation>
    </message>
    <message>
        <source>Township fingerprint: {fingerprint}</source>
        <translation>乡镇指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Township: {name} ({code})</source>
        <translation>乡镇：{name}（{code}）</translation>
    </message>
    <message>
        <source>This township is trusted already; nothing to do.</source>
        <translation>已登记该乡镇，无需操作。</translation>
    </message>
    <message>
        <source>This is a new key of the township trusted now, signed by its old key ({known}).</source>
        <translation>这是当前所属乡镇的新密钥，已由其旧密钥（{known}）签名。</translation>
    </message>
    <message>
        <source>Warning: this station trusts another township key now: {name} ({code}), fingerprint {known}.</source>
        <translation>警告：本站当前信任的是另一个乡镇密钥：{name}（{code}），指纹 {known}。</translation>
    </message>
    <message>
        <source>Nothing was written. Compare the fingerprint with the township&apos;s printed enrolment sheet, group by group; if it is the same, run again with --accept {fingerprint}.</source>
        <translation>未写入任何内容。请将指纹与乡镇打印的登记单逐组核对；完全一致时，再加上 --accept {fingerprint} 运行一次。</translation>
    </message>
    <message>
        <source>{file}: the township holds {n} package(s) of this station because its audit log does not continue from the one the township last saw (after a restore from a backup, or an edited log). Call the township: it sees where the log breaks.</source>
        <translation>{file}：乡镇暂存了本站 {n} 个同步包，因为本站的操作日志与乡镇上次收到的接不上（恢复过备份，或日志被改动过）。请与乡镇联系，乡镇能看到日志从哪里断开。</translation>
    </message>
    <message>
        <source>New fingerprint: {fingerprint}</source>
        <translation>新指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>The township must accept this station again: compare this fingerprint with the cover sheet of the next package.</source>
        <translation>乡镇需要重新确认本站：请乡镇将此指纹与下一个同步包的上报封面核对。</translation>
    </message>
    <message>
        <source>No such folder: {path}</source>
        <translation>文件夹不存在：{path}</translation>
    </message>
    <message>
        <source>Written, read back and verified. The USB stick can be safely removed.</source>
        <translation>已写入并回读校验无误，可以安全拔出U盘。</translation>
    </message>
    <message>
        <source>{file}: refused: {message}</source>
        <translation>{file}：已拒收：{message}</translation>
    </message>
    <message>
        <source>{file}: already imported; nothing changed.</source>
        <translation>{file}：已导入过，未作任何改动。</translation>
    </message>
    <message>
        <source>{file}: receipt from {township}: packages confirmed: {seqs}; returned records: {n}.</source>
        <translation>{file}：{township}的回执：已确认的同步包：{seqs}；退回记录：{n} 条。</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}：{message}</translation>
    </message>
    <message>
        <source>Sender&apos;s fingerprint: {fingerprint}</source>
        <translation>发送方指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>  {type}: {new} new, {updated} updated, {unchanged} unchanged, {refused} refused</source>
        <translation>  {type}：新增 {new} 条，更新 {updated} 条，未变 {unchanged} 条，拒收 {refused} 条</translation>
    </message>
    <message>
        <source>Returned to {village} for correction: {label}</source>
        <translation>已退回 {village} 修改：{label}</translation>
    </message>
    <message>
        <source>Mode: township station (imports packages, writes receipts)</source>
        <translation>模式：乡镇站点（导入同步包，出具回执）</translation>
    </message>
    <message>
        <source>Villages accepted: {n}</source>
        <translation>已接受的村：{n} 个</translation>
    </message>
    <message>
        <source>not reported for {days} days</source>
        <translation>已超过 {days} 天未上报</translation>
    </message>
    <message>
        <source>re-installed ({n} times)</source>
        <translation>本村已重新安装（第 {n} 次）</translation>
    </message>
    <message>
        <source>two different copies of its data: {n} package(s) held</source>
        <translation>同一村出现两份不同的数据：暂存 {n} 个同步包</translation>
    </message>
    <message>
        <source>Import members or residents from a spreadsheet.</source>
        <translation>从电子表格导入党员或居民。</translation>
    </message>
    <message>
        <source>Import members or residents from an Excel file (.xlsx, .xls) or a CSV file. The valid rows are written at once, after a backup; refused rows are listed.</source>
        <translation>从 Excel 文件（.xlsx、.xls）或 CSV 文件导入党员或居民。先备份，再立即写入有效行；未导入的行逐条列出。</translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation>文件内容的类别。</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>Only check the file and show what would change; write nothing.</source>
        <translation>只核对文件并显示将发生的变化，不写入任何数据。</translation>
    </message>
    <message>
        <source>Write the refused rows with their reasons to this Excel file.</source>
        <translation>将未导入的行及原因写入此 Excel 文件。</translation>
    </message>
    <message>
        <source>Row {line} {name}: {reasons}</source>
        <extracomment>Unknown columns named on stderr; the rest are counted.</extracomment>
        <translation>第{line}行 {name}：{reasons}</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names}等，另有 {count} 列</translation>
    </message>
    <message>
        <source>New: {new}  Updated: {updated}  Unchanged: {unchanged}  Refused: {refused}</source>
        <translation>新增：{new}  更新：{updated}  无变化：{unchanged}  未导入：{refused}</translation>
    </message>
    <message>
        <source>New branches: {names}</source>
        <translation>新建支部：{names}</translation>
    </message>
    <message>
        <source>New households: {count}</source>
        <translation>新建户：{count}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>未导入的列：{columns}</translation>
    </message>
    <message>
        <source>Refused rows written to {path}</source>
        <translation>未导入的行已写入 {path}</translation>
    </message>
    <message>
        <source>Print ledgers, notices, cards and handbooks as PDF files.</source>
        <extracomment>A notice posted longer than a year is a typing error (and a date past 9999 cannot be printed).</extracomment>
        <translation>打印台账、公示、联系卡和工作手册（PDF 文件）。</translation>
    </message>
    <message>
        <source>Print a ledger (登记台账).</source>
        <translation>打印登记台账。</translation>
    </message>
    <message>
        <source>Print a ledger on A4 landscape: members (党员花名册), registrations, service records, households and cadre links, the assessment summary per work unit, residents&apos; requests (民情台账) or follow-ups (回访台账).</source>
        <translation>以 A4 横向打印登记台账：members（党员花名册）、registrations（在职党员报到登记台账）、service（服务记录台账）、households（联户台账）、assessments（按工作单位汇总的双重考核表）、requests（民情台账）或 follow_ups（回访台账）。</translation>
    </message>
    <message>
        <source>Which ledger.</source>
        <translation>要打印的台账。</translation>
    </message>
    <message>
        <source>First day of the period (for ledgers with dates).</source>
        <translation>统计期间的起始日期（适用于有日期的台账）。</translation>
    </message>
    <message>
        <source>Last day of the period (for ledgers with dates).</source>
        <translation>统计期间的截止日期（适用于有日期的台账）。</translation>
    </message>
    <message>
        <source>Only the rows the search box would show for this text.</source>
        <translation>只打印在搜索框中输入此内容时显示的记录。</translation>
    </message>
    <message>
        <source>Print the statistics table of Party members.</source>
        <translation>打印党员基本情况统计表。</translation>
    </message>
    <message>
        <source>Print a public notice (公示).</source>
        <translation>打印公示。</translation>
    </message>
    <message>
        <source>Print a public notice on A4 portrait. ID numbers and phones are masked as the station&apos;s settings say.</source>
        <translation>以 A4 纵向打印公示。公民身份号码和电话号码按服务站设置脱敏显示。</translation>
    </message>
    <message>
        <source>Which notice.</source>
        <translation>要打印的公示。</translation>
    </message>
    <message>
        <source>How many days the notice is posted (default 7).</source>
        <translation>公示天数（默认 7 天）。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要生成的 PDF 文件。</translation>
    </message>
    <message>
        <source>{record}: no font has the character {char} ({code})</source>
        <translation>{record}：没有字体包含字符“{char}”（{code}）</translation>
    </message>
    <message>
        <source>The PDF was written with a box in place of each character listed, or without the text listed; correct the records or install a font that has them.</source>
        <translation>PDF 已生成：上列字符处显示为方框，或上列文字未能印出；请核对更正记录，或安装包含这些字符的字体。</translation>
    </message>
    <message>
        <source>The notice must be posted for at least one day.</source>
        <translation>公示期至少为 1 天。</translation>
    </message>
    <message>
        <source>A notice is posted for at most {days} days.</source>
        <translation>公示最多张贴 {days} 天。</translation>
    </message>
    <message>
        <source>Not a date: {value}</source>
        <translation>日期格式不正确：{value}</translation>
    </message>
    <message>
        <source>The members&apos; ID numbers (default: every in-service member registered this campaign year).</source>
        <translation>党员的公民身份号码（默认：本报到年度已报到的全部在职党员）。</translation>
    </message>
    <message>
        <source>Print contact cards, 10 per A4 sheet.</source>
        <translation>打印联系卡，每张 A4 纸 10 张。</translation>
    </message>
    <message>
        <source>Print contact cards, 10 per A4 sheet, with crop marks.</source>
        <translation>打印联系卡，每张 A4 纸 10 张，带裁切线。</translation>
    </message>
    <message>
        <source>Add the backs with the members&apos; pledges (print both sides, long edge).</source>
        <translation>加印背面的个人承诺（双面打印，长边翻转）。</translation>
    </message>
    <message>
        <source>Print work handbooks as A5 booklets.</source>
        <translation>打印 A5 工作手册。</translation>
    </message>
    <message>
        <source>Print work handbooks: A5 pages two to an A4 sheet in booklet order (print both sides, short edge, then fold), each member starting on a new sheet.</source>
        <translation>打印工作手册：A5 页面按骑马订顺序两页拼一张 A4（双面打印，短边翻转，再对折），每名党员从新的一张纸开始。</translation>
    </message>
    <message>
        <source>Plain A5 pages in reading order instead of A4 booklet sheets.</source>
        <translation>按阅读顺序输出 A5 单页，不拼版。</translation>
    </message>
    <message>
        <source>Print the calibration page for the printer offsets.</source>
        <translation>打印用于测定打印机偏移的校准页。</translation>
    </message>
    <message>
        <source>Show or set the printer offsets (mm).</source>
        <translation>查看或设置打印机偏移（毫米）。</translation>
    </message>
    <message>
        <source>Show or set the printer offsets in millimetres: X moves the print right, Y moves it down (negative: left, up).</source>
        <translation>查看或设置打印机偏移（毫米）：X 为向右移动，Y 为向下移动（负数为向左、向上）。</translation>
    </message>
    <message>
        <source>X offset</source>
        <translation>X 偏移</translation>
    </message>
    <message>
        <source>Y offset</source>
        <translation>Y 偏移</translation>
    </message>
    <message>
        <source>No in-service member to print: none is registered this campaign year, or the members given are not in-service members on the roll.</source>
        <translation>没有可打印的在职党员：本报到年度无人报到，或所列党员不是在册的在职党员。</translation>
    </message>
    <message>
        <source>Contact cards</source>
        <translation>联系卡</translation>
    </message>
    <message>
        <source>Work handbooks</source>
        <translation>工作手册</translation>
    </message>
    <message>
        <source>Printer offsets: X {x} mm, Y {y} mm</source>
        <translation>打印机偏移：X {x} 毫米，Y {y} 毫米</translation>
    </message>
    <message>
        <source>Member (--member)</source>
        <translation>党员（--member）</translation>
    </message>
    <message>
        <source>Date (--date)</source>
        <translation>日期（--date）</translation>
    </message>
    <message>
        <source>Pledge (--text)</source>
        <translation>承诺（--text）</translation>
    </message>
    <message>
        <source>Post (--post)</source>
        <translation>岗位（--post）</translation>
    </message>
    <message>
        <source>Post name (--name)</source>
        <translation>岗位名称（--name）</translation>
    </message>
    <message>
        <source>Places (--places)</source>
        <translation>名额（--places）</translation>
    </message>
    <message>
        <source>Hours (--hours)</source>
        <translation>时长（--hours）</translation>
    </message>
    <message>
        <source>Service done (--content)</source>
        <translation>服务内容（--content）</translation>
    </message>
    <message>
        <source>Work unit (--unit)</source>
        <translation>工作单位（--unit）</translation>
    </message>
    <message>
        <source>{option} contains characters that cannot be stored.</source>
        <translation>{option} 含有无法保存的字符。</translation>
    </message>
    <message>
        <source>In-service members: posts, registration, claims, pledges, service.</source>
        <translation>在职党员进社区：岗位、报到、认领、承诺、服务记录。</translation>
    </message>
    <message>
        <source>The in-service members&apos; work (在职党员进社区) with the same rules as the window. Members are named by their ID number. Dates are written like 2026.03.15; without --date, today.</source>
        <translation>在职党员进社区的各项工作，规则与窗口界面相同。党员以公民身份号码指定。日期写作 2026.03.15；不写 --date 即为今天。</translation>
    </message>
    <message>
        <source>Service posts.</source>
        <translation>服务岗位。</translation>
    </message>
    <message>
        <source>Add a service post.</source>
        <translation>新增服务岗位。</translation>
    </message>
    <message>
        <source>Add a service post with its number of places.</source>
        <translation>新增服务岗位及其名额。</translation>
    </message>
    <message>
        <source>The post&apos;s name.</source>
        <translation>岗位名称。</translation>
    </message>
    <message>
        <source>How many members may hold it (default 1).</source>
        <translation>可由几名党员认领（默认 1）。</translation>
    </message>
    <message>
        <source>Register a member reporting in (报到); prints the card number.</source>
        <translation>登记在职党员报到，并输出联系卡号。</translation>
    </message>
    <message>
        <source>Register an in-service member reporting to the community, once per campaign year. The contact card number is printed as the last line.</source>
        <translation>登记在职党员到社区报到，每个报到年度一次。最后一行输出联系卡号。</translation>
    </message>
    <message>
        <source>Work unit (default: as on the expected list or the roll).</source>
        <translation>工作单位（默认取应报到名单或花名册上的单位）。</translation>
    </message>
    <message>
        <source>A member claims a service post (认领).</source>
        <translation>党员认领服务岗位。</translation>
    </message>
    <message>
        <source>A member claims a service post, from today.</source>
        <translation>党员认领服务岗位，自今天起。</translation>
    </message>
    <message>
        <source>Record a member&apos;s pledge for this campaign year (承诺).</source>
        <translation>记录党员本报到年度的承诺。</translation>
    </message>
    <message>
        <source>Record a member&apos;s pledge for this campaign year (one or two a year).</source>
        <translation>记录党员本报到年度的承诺（每年一至两条）。</translation>
    </message>
    <message>
        <source>The pledge.</source>
        <translation>承诺内容。</translation>
    </message>
    <message>
        <source>Log a service on a claimed post (服务记录).</source>
        <translation>登记服务记录。</translation>
    </message>
    <message>
        <source>Log a service a member did on a post they claimed: date, hours, what.</source>
        <translation>登记党员在已认领岗位上的一次服务：日期、时长、内容。</translation>
    </message>
    <message>
        <source>Hours, in half hours (e.g. 2 or 1.5; at most 24).</source>
        <translation>服务时长，按半小时计（如 2 或 1.5，最多 24）。</translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation>服务内容。</translation>
    </message>
    <message>
        <source>List the in-service members and who has reported this year.</source>
        <translation>列出在职党员及本年度报到情况。</translation>
    </message>
    <message>
        <source>List the in-service members on the roll for this campaign year, one per line, tab-separated: name, ID number, work unit, card number (or 未报到), date reported. With --unregistered only those not yet reported, and exit 1 if there are any.</source>
        <translation>列出本报到年度在册的在职党员，每行一人，以制表符分隔：姓名、公民身份号码、工作单位、联系卡号（或“未报到”）、报到日期。加 --unregistered 只列未报到的党员，有未报到的党员时退出码为 1。</translation>
    </message>
    <message>
        <source>Only the members not yet reported this campaign year.</source>
        <translation>只列本报到年度尚未报到的党员。</translation>
    </message>
    <message>
        <source>The member&apos;s 18-digit citizen ID number.</source>
        <translation>党员的18位公民身份号码。</translation>
    </message>
    <message>
        <source>The service post&apos;s name.</source>
        <translation>服务岗位名称。</translation>
    </message>
    <message>
        <source>The date, like 2026.03.15.</source>
        <translation>日期，如 2026.03.15。</translation>
    </message>
    <message>
        <source>The date, like 2026.03.15 (default: today).</source>
        <translation>日期，如 2026.03.15（默认今天）。</translation>
    </message>
    <message>
        <source>Service post added: {name} ({places} places)</source>
        <translation>已新增服务岗位：{name}（名额 {places} 个）</translation>
    </message>
    <message>
        <source>Registered: {name}, campaign year {year}</source>
        <translation>已报到：{name}，{year}年度</translation>
    </message>
    <message>
        <source>Post claimed: {name} holds “{post}”</source>
        <translation>已认领岗位：{name} 认领“{post}”</translation>
    </message>
    <message>
        <source>Pledge recorded: {name}, campaign year {year}</source>
        <translation>已记录承诺：{name}，{year}年度</translation>
    </message>
    <message>
        <source>Service recorded: {name}, “{post}”, {hours} hours</source>
        <translation>已登记服务：{name}，“{post}”，{hours} 小时</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报到</translation>
    </message>
    <message>
        <source>{count} in-service member(s) have not reported in {year}.</source>
        <translation>{year}年度还有 {count} 名在职党员未报到。</translation>
    </message>
    <message>
        <source>The working-day calendar deadlines are counted on.</source>
        <translation>计算办理时限所用的工作日日历。</translation>
    </message>
    <message>
        <source>The station&apos;s working-day calendar (节假日安排). The years 2004 to 2026 are bundled; a later year is added from a holiday-cn JSON file. Until then deadlines in it count weekends only and are marked 估算.</source>
        <translation>本站的工作日日历（节假日安排）。2004 至 2026 年随软件提供；以后的年份从 holiday-cn 格式的 JSON 文件导入。导入之前，该年的时限只按周末计算，并标为估算。</translation>
    </message>
    <message>
        <source>Add a year from a holiday-cn JSON file.</source>
        <translation>从 holiday-cn 格式的 JSON 文件导入一年的日历。</translation>
    </message>
    <message>
        <source>Add one year from a holiday-cn JSON file (replacing the station&apos;s notice of that year) and count the estimated deadlines again.</source>
        <translation>从 holiday-cn 格式的 JSON 文件导入一年的日历（替换本站该年原有的安排），并重新计算估算的办理时限。</translation>
    </message>
    <message>
        <source>The year&apos;s file.</source>
        <translation>该年的日历文件。</translation>
    </message>
    <message>
        <source>Show a year&apos;s days off and make-up working days.</source>
        <translation>显示一年的放假日和调休上班日。</translation>
    </message>
    <message>
        <source>Show a year&apos;s days off and make-up working days, and whether the year is bundled, added, or estimated.</source>
        <translation>显示一年的放假日和调休上班日，以及该年是随软件提供、已导入还是估算。</translation>
    </message>
    <message>
        <source>The year, like 2027.</source>
        <translation>年份，如 2027。</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>日历文件</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is too large for a calendar file ({size} KB; at most {limit} KB).</source>
        <translation>{path} 太大，不是日历文件（{size} KB；最多 {limit} KB）。</translation>
    </message>
    <message>
        <source>The calendar of {year} replaced the station&apos;s earlier one.</source>
        <translation>{year} 年的日历已替换本站原有的安排。</translation>
    </message>
    <message>
        <source>The calendar of {year} was added.</source>
        <translation>已导入 {year} 年的日历。</translation>
    </message>
    <message>
        <source>{changed} estimated deadline(s) counted again; {moved} of them moved.</source>
        <translation>重新计算了 {changed} 个估算的办理时限，其中 {moved} 个日期有变化。</translation>
    </message>
    <message>
        <source>bundled with VillageDesk</source>
        <translation>随软件提供</translation>
    </message>
    <message>
        <source>added from the township&apos;s receipt</source>
        <translation>由乡镇回执导入</translation>
    </message>
    <message>
        <source>added from a file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <source>not in the calendar: deadlines count weekends only and are marked 估算</source>
        <translation>日历中没有该年：办理时限只按周末计算，并标为估算</translation>
    </message>
    <message>
        <source>YEAR: give a year from {first} to {last}, like 2027.</source>
        <translation>年份：请给出 {first} 至 {last} 之间的年份，如 2027。</translation>
    </message>
    <message>
        <source>{year}: {source}</source>
        <translation>{year} 年：{source}</translation>
    </message>
    <message>
        <source>off {days}</source>
        <translation>放假 {days}</translation>
    </message>
    <message>
        <source>worked {days}</source>
        <translation>调休上班 {days}</translation>
    </message>
    <message>
        <source>{off} day(s) off, {worked} make-up working day(s).</source>
        <translation>共放假 {off} 天，调休上班 {worked} 天。</translation>
    </message>
    <message>
        <source>Print the record sheet of one request (民情办理单).</source>
        <translation>打印一件诉求的民情办理单。</translation>
    </message>
    <message>
        <source>Print the record sheet of one request on A4 portrait, for filing: every field, the whole history and the photos. The requester&apos;s ID number and phone are printed in full.</source>
        <translation>以 A4 纵向打印一件诉求的民情办理单，供归档：全部信息、完整办理经过和照片。诉求人的公民身份号码和联系电话完整打印。</translation>
    </message>
    <message>
        <source>The request&apos;s number.</source>
        <translation>诉求编号。</translation>
    </message>
    <message>
        <source>Print the figures of residents&apos; requests (三率) for a period.</source>
        <translation>打印一段期间的民情诉求三率统计表。</translation>
    </message>
    <message>
        <source>Print the figures of residents&apos; requests received in a period (三率): each rate with its formula, then per source, category and person responsible.</source>
        <translation>打印一段期间内受理的民情诉求三率统计表：每项比率及其计算公式，再按来源渠道、分类和责任人分列。</translation>
    </message>
    <message>
        <source>First day of the period (default: the first of this month).</source>
        <translation>统计期间的起始日期（默认为本月1日）。</translation>
    </message>
    <message>
        <source>Last day of the period (default: the last of this month).</source>
        <translation>统计期间的截止日期（默认为本月最后一天）。</translation>
    </message>
    <message>
        <source>Record sheet {number}</source>
        <translation>民情办理单 {number}</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>统计期间的截止日期早于起始日期。</translation>
    </message>
    <message>
        <source>Residents&apos; requests: record, assign, handle, follow up, close.</source>
        <translation>民情诉求：受理、分派、办理、回访、销号。</translation>
    </message>
    <message>
        <source>Residents&apos; requests (民情诉求) with the same rules as the window. A request is named by its number, like DHC-2026-0012. Times are written like “2026-05-20 09:30”; without --at, now.</source>
        <translation>民情诉求，规则与窗口相同。诉求以编号指明，如 DHC-2026-0012。时间写作“2026-05-20 09:30”；不加 --at 即为现在。</translation>
    </message>
    <message>
        <source>Record the work done (办理记录).</source>
        <translation>填写办理记录。</translation>
    </message>
    <message>
        <source>Record the reply to the requester (答复).</source>
        <translation>填写对诉求人的答复。</translation>
    </message>
    <message>
        <source>Record a new request (受理); prints its number.</source>
        <translation>受理一条新诉求，并输出其编号。</translation>
    </message>
    <message>
        <source>Record a new request. Its number is printed as the last line. --requester is a resident&apos;s or member&apos;s 18-digit ID number, or a name typed in; without it the request is anonymous.</source>
        <translation>受理一条新诉求，最后一行输出其编号。--requester 为居民或党员的 18 位公民身份号码，或直接填写的姓名；不填则为匿名诉求。</translation>
    </message>
    <message>
        <source>The type of request.</source>
        <translation>诉求类型。</translation>
    </message>
    <message>
        <source>What the request is about.</source>
        <translation>诉求内容。</translation>
    </message>
    <message>
        <source>Who raised it: an ID number on the roll, or a name.</source>
        <translation>诉求人：已登记人员的身份号码，或姓名。</translation>
    </message>
    <message>
        <source>The requester&apos;s phone.</source>
        <translation>诉求人电话。</translation>
    </message>
    <message>
        <source>Where it came in (default: 其他).</source>
        <translation>来源渠道（默认：其他）。</translation>
    </message>
    <message>
        <source>The upper level&apos;s ticket number (for 12345转办 and the like).</source>
        <translation>上级工单号（12345转办等渠道）。</translation>
    </message>
    <message>
        <source>How urgent it is (default: 一般).</source>
        <translation>紧急程度（默认：一般）。</translation>
    </message>
    <message>
        <source>The category.</source>
        <translation>分类。</translation>
    </message>
    <message>
        <source>Who did it (for the history).</source>
        <translation>经办人（记入历史）。</translation>
    </message>
    <message>
        <source>A party: an 18-digit ID number on the rolls, or a name (one resident or member of that name is that person; otherwise the name is typed in). Give it once per party.</source>
        <translation>当事人：花名册上的18位身份证号，或姓名（只有一名居民或党员叫这个名字时即为此人，否则按填写的姓名记录）。每名当事人写一次。</translation>
    </message>
    <message>
        <source>The role of each --party, in the same order (default: the first is the applicant, the second the respondent, the others other parties).</source>
        <translation>每个 --party 的角色，顺序相同（默认：第一名为申请人，第二名为被申请人，其余为其他当事人）。</translation>
    </message>
    <message>
        <source>What the dispute is about.</source>
        <translation>纠纷的简要情况。</translation>
    </message>
    <message>
        <source>How many people are involved (default: the parties).</source>
        <translation>涉及人数（默认：当事人人数）。</translation>
    </message>
    <message>
        <source>Risk factors: {words}.</source>
        <translation>风险因素：{words}。</translation>
    </message>
    <message>
        <source>How often mediation failed before.</source>
        <translation>此前调解未果的次数。</translation>
    </message>
    <message>
        <source>How often the police were called.</source>
        <translation>报警次数。</translation>
    </message>
    <message>
        <source>Where it came from (default: 排查发现).</source>
        <translation>来源（默认：排查发现）。</translation>
    </message>
    <message>
        <source>The day it was screened (default: today).</source>
        <translation>排查日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Where mediation starts (default: 村调委会).</source>
        <translation>从哪一级开始调解（默认：村调委会）。</translation>
    </message>
    <message>
        <source>The case owner (包案人).</source>
        <translation>包案人。</translation>
    </message>
    <message>
        <source>What set it off.</source>
        <translation>纠纷诱因。</translation>
    </message>
    <message>
        <source>Where it is.</source>
        <translation>地点。</translation>
    </message>
    <message>
        <source>Who received it.</source>
        <translation>受理人。</translation>
    </message>
    <message>
        <source>When it came in, like “2026-05-20 09:30” (default: now).</source>
        <translation>受理时间，如“2026-05-20 09:30”（默认：现在）。</translation>
    </message>
    <message>
        <source>Disputes: record, warn, mediate up the levels, settle, close.</source>
        <translation>矛盾纠纷：登记、预警、逐级调解、结案、销号。</translation>
    </message>
    <message>
        <source>Disputes (矛盾纠纷排查化解) with the same rules as the window. A dispute is named by its number, like DHC-调-2026-0003. Days are written like 2026-05-20, times like “2026-05-20 09:30”.</source>
        <translation>矛盾纠纷排查化解，规则与窗口相同。纠纷以编号指定，如 DHC-调-2026-0003。日期写作 2026-05-20，时间写作“2026-05-20 09:30”。</translation>
    </message>
    <message>
        <source>Move it one level up (上移层级).</source>
        <translation>上移一个调解层级。</translation>
    </message>
    <message>
        <source>Mediate it again (重新调解).</source>
        <translation>重新调解。</translation>
    </message>
    <message>
        <source>Record a new dispute; prints its number.</source>
        <translation>登记新的纠纷，并输出其编号。</translation>
    </message>
    <message>
        <source>Record a new dispute with at least two parties. Its warning level is computed; its number is printed as the last line.</source>
        <translation>登记至少有两名当事人的新纠纷。预警等级自动计算；编号在最后一行输出。</translation>
    </message>
    <message>
        <source>The type.</source>
        <translation>纠纷类型。</translation>
    </message>
    <message>
        <source>Turn a request into a dispute; prints its number.</source>
        <translation>把诉求转为矛盾纠纷，并输出其编号。</translation>
    </message>
    <message>
        <source>Turn a request into a dispute (诉求转入): the requester is the first party, the request&apos;s content the summary unless given. Its number is printed as the last line.</source>
        <translation>把诉求转为矛盾纠纷（诉求转入）：诉求人为第一名当事人，未写简要情况时以诉求内容为简要情况。编号在最后一行输出。</translation>
    </message>
    <message>
        <source>The request.</source>
        <translation>诉求编号。</translation>
    </message>
    <message>
        <source>The type (default: 其他).</source>
        <translation>纠纷类型（默认：其他）。</translation>
    </message>
    <message>
        <source>The dispute&apos;s number.</source>
        <translation>纠纷编号。</translation>
    </message>
    <message>
        <source>Show one dispute with its history.</source>
        <translation>显示一件纠纷及其办理历史。</translation>
    </message>
    <message>
        <source>List the disputes, red first.</source>
        <translation>列出矛盾纠纷，红色预警在前。</translation>
    </message>
    <message>
        <source>List the disputes, red first, one per line, tab-separated: number, colour, state, screened, type, parties, mediation level, case owner, summary.</source>
        <translation>列出矛盾纠纷，红色预警在前，每行一件，以制表符分隔：编号、颜色、状态、排查日期、类型、当事人、调解层级、包案人、简要情况。</translation>
    </message>
    <message>
        <source>Only open ones of this warning level (绿: the closed ones).</source>
        <translation>只列出该预警等级的未销号纠纷（绿：已销号的纠纷）。</translation>
    </message>
    <message>
        <source>Only those in this state.</source>
        <translation>只列出该状态的纠纷。</translation>
    </message>
    <message>
        <source>Raise or lower the warning level, with the reason.</source>
        <translation>调高或调低预警等级，须写明理由。</translation>
    </message>
    <message>
        <source>The new warning level.</source>
        <translation>新的预警等级。</translation>
    </message>
    <message>
        <source>Why (always required).</source>
        <translation>理由（必填）。</translation>
    </message>
    <message>
        <source>Record a mediation session (调解记录).</source>
        <translation>登记一次调解记录。</translation>
    </message>
    <message>
        <source>A mediator (may be given more than once).</source>
        <translation>调解员（可写多次）。</translation>
    </message>
    <message>
        <source>What was said.</source>
        <translation>调解情况。</translation>
    </message>
    <message>
        <source>How the session ended.</source>
        <translation>本次调解的结果。</translation>
    </message>
    <message>
        <source>The day it was held (default: today).</source>
        <translation>调解日期（默认：今天）。</translation>
    </message>
    <message>
        <source>The parties present.</source>
        <translation>到场的当事人。</translation>
    </message>
    <message>
        <source>Where it was held.</source>
        <translation>调解地点。</translation>
    </message>
    <message>
        <source>Record the mediation result (调解结果).</source>
        <translation>登记调解结果。</translation>
    </message>
    <message>
        <source>The result.</source>
        <translation>调解结果。</translation>
    </message>
    <message>
        <source>Basic facts (written agreements).</source>
        <translation>基本情况（书面协议）。</translation>
    </message>
    <message>
        <source>The facts and issues in dispute (written).</source>
        <translation>主要事实和争议（书面协议）。</translation>
    </message>
    <message>
        <source>What was agreed.</source>
        <translation>协议内容。</translation>
    </message>
    <message>
        <source>How it is to be performed (written).</source>
        <translation>履行方式（书面协议）。</translation>
    </message>
    <message>
        <source>The time limit for performance, like 2026-06-30.</source>
        <translation>履行期限，如 2026-06-30。</translation>
    </message>
    <message>
        <source>Without an agreement: the reason, or that litigation and arbitration were explained.</source>
        <translation>未达成协议时：写明理由，或已告知当事人可申请仲裁或提起诉讼。</translation>
    </message>
    <message>
        <source>Record how the agreement was performed.</source>
        <translation>登记协议的履行情况。</translation>
    </message>
    <message>
        <source>Performed, partly, or not (未履行 mediates it again).</source>
        <translation>已履行、部分履行或未履行（未履行的重新调解）。</translation>
    </message>
    <message>
        <source>Visit the parties again (回访), after the time limit.</source>
        <translation>回访当事人（在履行期限之后）。</translation>
    </message>
    <message>
        <source>How the agreement was kept (where there is one).</source>
        <translation>协议的履行情况（有协议时）。</translation>
    </message>
    <message>
        <source>How satisfied the parties are.</source>
        <translation>当事人的满意度。</translation>
    </message>
    <message>
        <source>A hidden danger remains.</source>
        <translation>仍有隐患。</translation>
    </message>
    <message>
        <source>When, like “2026-05-20 09:30” (default: now).</source>
        <translation>时间，如“2026-05-20 09:30”（默认：现在）。</translation>
    </message>
    <message>
        <source>Close the dispute (销号), after the follow-up.</source>
        <translation>纠纷销号（回访之后）。</translation>
    </message>
    <message>
        <source>Hand the request to one person (分派).</source>
        <translation>把诉求分派给一名责任人。</translation>
    </message>
    <message>
        <source>The person responsible.</source>
        <translation>责任人。</translation>
    </message>
    <message>
        <source>A helper (may be given more than once).</source>
        <translation>协办人（可多次给出）。</translation>
    </message>
    <message>
        <source>Who assigned it.</source>
        <translation>分派人。</translation>
    </message>
    <message>
        <source>The person responsible signs for it (签收).</source>
        <translation>责任人签收。</translation>
    </message>
    <message>
        <source>Who signs.</source>
        <translation>签收人。</translation>
    </message>
    <message>
        <source>The text.</source>
        <translation>内容。</translation>
    </message>
    <message>
        <source>Who did it (default: the person responsible).</source>
        <translation>经办人（默认：责任人）。</translation>
    </message>
    <message>
        <source>Ask the requester back (回访); 未解决 or 不满意 reopens it.</source>
        <translation>回访诉求人；未解决或不满意时自动重办。</translation>
    </message>
    <message>
        <source>Whether it was solved.</source>
        <translation>是否解决。</translation>
    </message>
    <message>
        <source>How satisfied the requester is.</source>
        <translation>满意度。</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Who asked back.</source>
        <translation>回访人。</translation>
    </message>
    <message>
        <source>Close the request (销号): after a follow-up that says 已解决, or with a statement why it cannot be solved, approved by the station&apos;s head.</source>
        <translation>诉求销号：须经回访确认已解决，或附经站长批准的无法解决说明。</translation>
    </message>
    <message>
        <source>Why it cannot be solved (无法解决说明).</source>
        <translation>无法解决说明。</translation>
    </message>
    <message>
        <source>The station head who approved the statement.</source>
        <translation>批准说明的站长。</translation>
    </message>
    <message>
        <source>Who closed it.</source>
        <translation>销号人。</translation>
    </message>
    <message>
        <source>Reopen the request (重办).</source>
        <translation>重办诉求。</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>原因。</translation>
    </message>
    <message>
        <source>Who reopened it.</source>
        <translation>重办提出人。</translation>
    </message>
    <message>
        <source>Merge the request into another one about the same matter (合并).</source>
        <translation>把诉求合并到同一事项的另一条诉求。</translation>
    </message>
    <message>
        <source>The request it goes into.</source>
        <translation>并入的诉求编号。</translation>
    </message>
    <message>
        <source>Who merged them.</source>
        <translation>合并人。</translation>
    </message>
    <message>
        <source>Show one request with its history.</source>
        <translation>显示一条诉求及其办理经过。</translation>
    </message>
    <message>
        <source>As one JSON object.</source>
        <translation>以一个 JSON 对象输出。</translation>
    </message>
    <message>
        <source>List the requests, newest first.</source>
        <translation>列出诉求，最新的在前。</translation>
    </message>
    <message>
        <source>List the requests, newest first, one per line, tab-separated: number, state, received, type, requester, person responsible, time limit, summary.</source>
        <translation>列出诉求，最新的在前，每行一条，以制表符分隔：编号、状态、受理时间、类型、诉求人、责任人、时限、内容摘要。</translation>
    </message>
    <message>
        <source>Only those due today, or overdue.</source>
        <translation>只列今日到期（today）或已超期（overdue）的诉求。</translation>
    </message>
    <message>
        <source>Only those in this state ({states}).</source>
        <translation>只列处于该状态的诉求（{states}）。</translation>
    </message>
    <message>
        <source>As one JSON array.</source>
        <translation>以一个 JSON 数组输出。</translation>
    </message>
    <message>
        <source>Give the requester&apos;s name or 18-digit ID number; a phone goes in --phone.</source>
        <extracomment>Where the commands read the time; a test replaces it with a fixed clock.</extracomment>
        <translation>请填写诉求人的姓名或 18 位公民身份号码；电话请填在 --phone。</translation>
    </message>
    <message>
        <source>No resident or Party member has the ID number {number}.</source>
        <translation>没有身份号码为 {number} 的居民或党员。</translation>
    </message>
    <message>
        <source>Request recorded; time limit: {due}</source>
        <translation>诉求已受理；办理时限：{due}</translation>
    </message>
    <message>
        <source>counted from the signature</source>
        <translation>自签收起算</translation>
    </message>
    <message>
        <source>{what}: {number} is now “{state}”.</source>
        <translation>{what}：{number} 现为“{state}”。</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Work recorded</source>
        <translation>已填写办理记录</translation>
    </message>
    <message>
        <source>Reply recorded</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Warning level set</source>
        <translation>预警等级已调整</translation>
    </message>
    <message>
        <source>Session recorded</source>
        <translation>调解记录已登记</translation>
    </message>
    <message>
        <source>Moved up a level</source>
        <translation>已上移层级</translation>
    </message>
    <message>
        <source>Give the time limit for performance.</source>
        <translation>请填写履行期限。</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>调解结果已登记</translation>
    </message>
    <message>
        <source>Performance recorded</source>
        <translation>履行情况已登记</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重办</translation>
    </message>
    <message>
        <source>Merged: {number} went into {into}.</source>
        <translation>已合并：{number} 并入 {into}。</translation>
    </message>
    <message>
        <source>No request matches.</source>
        <translation>没有符合条件的诉求。</translation>
    </message>
    <message>
        <source>hidden danger remains</source>
        <translation>仍有隐患</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Mediation level</source>
        <translation>调解层级</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简要情况</translation>
    </message>
    <message>
        <source>Case owner</source>
        <translation>包案人</translation>
    </message>
    <message>
        <source>Level time limit</source>
        <translation>本层级期限</translation>
    </message>
    <message>
        <source>Case time limit</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Mediated again</source>
        <translation>重新调解次数</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>诉求类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>诉求人</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Show or change the rule table of time limits.</source>
        <translation>查看或修改办理时限规则。</translation>
    </message>
    <message>
        <source>The rule table of time limits (办理时限规则): the first rule that matches a request gives its limit. A change applies to requests received after it only.</source>
        <translation>办理时限规则：诉求按第一条相符的规则确定时限。规则修改只影响此后受理的诉求。</translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Replace the table with the rules of a JSON file.</source>
        <translation>用 JSON 文件中的规则替换办理时限规则。</translation>
    </message>
    <message>
        <source>Replace the table with the rules of a JSON file (a list of rules as calendar rules --json prints them). The last rule must match any request.</source>
        <translation>用 JSON 文件中的规则替换办理时限规则（格式与 calendar rules --json 的输出相同）。最后一条规则必须适用于任何诉求。</translation>
    </message>
    <message>
        <source>The rules&apos; file.</source>
        <translation>规则文件。</translation>
    </message>
    <message>
        <source>Go back to the default rules.</source>
        <translation>恢复默认规则。</translation>
    </message>
    <message>
        <source>Go back to the default rule table.</source>
        <translation>恢复默认的办理时限规则。</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>诉求类型</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Water, power or heating</source>
        <translation>涉及水电暖</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>起算</translation>
    </message>
    <message>
        <source>Stopped while suspended</source>
        <translation>挂起时停表</translation>
    </message>
    <message>
        <source>The station keeps the default rules.</source>
        <translation>本站使用默认规则。</translation>
    </message>
    <message>
        <source>The first rule that matches a request gives its time limit.</source>
        <translation>诉求按第一条相符的规则确定时限。</translation>
    </message>
    <message>
        <source>{path} cannot be read.</source>
        <translation>无法读取 {path}。</translation>
    </message>
    <message>
        <source>{path} is too large for a rules file (at most {limit} KB).</source>
        <translation>{path} 太大，不是规则文件（最多 {limit} KB）。</translation>
    </message>
    <message>
        <source>Rules file</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <source>Rule {number}</source>
        <translation>第 {number} 条规则</translation>
    </message>
    <message>
        <source>{path} is not a JSON file of rules.</source>
        <translation>{path} 不是 JSON 格式的规则文件。</translation>
    </message>
    <message>
        <source>{count} rule(s) saved; they apply to requests received from now on.</source>
        <translation>已保存 {count} 条规则，只影响此后受理的诉求。</translation>
    </message>
    <message>
        <source>The default rules apply to requests received from now on.</source>
        <translation>已恢复默认规则，只影响此后受理的诉求。</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {words}.</source>
        <extracomment>The contract&apos;s spellings of each enum&apos;s values, the first of each the one printed (one table per enum: values of different enums may share a code, like ``failed``). 风险因素 ticked with ``--risk``: the code and its spellings (the counted ones, 多次报警 and 调解未果, have their own options).</extracomment>
        <translation>“{value}”不是可选值，请用：{words}。</translation>
    </message>
    <message>
        <source>Who (--by)</source>
        <translation>经办人（--by）</translation>
    </message>
    <message>
        <source>Text (--text)</source>
        <translation>内容（--text）</translation>
    </message>
    <message>
        <source>Requester (--requester)</source>
        <translation>诉求人（--requester）</translation>
    </message>
    <message>
        <source>Content (--content)</source>
        <translation>诉求内容（--content）</translation>
    </message>
    <message>
        <source>Type (--type)</source>
        <translation>诉求类型（--type）</translation>
    </message>
    <message>
        <source>Urgency (--urgency)</source>
        <translation>紧急程度（--urgency）</translation>
    </message>
    <message>
        <source>Channel (--channel)</source>
        <translation>来源渠道（--channel）</translation>
    </message>
    <message>
        <source>Ticket number (--ticket)</source>
        <translation>工单号（--ticket）</translation>
    </message>
    <message>
        <source>Category (--category)</source>
        <translation>分类（--category）</translation>
    </message>
    <message>
        <source>Phone (--phone)</source>
        <translation>电话（--phone）</translation>
    </message>
    <message>
        <source>Place (--place)</source>
        <translation>地点（--place）</translation>
    </message>
    <message>
        <source>Received by (--received-by)</source>
        <translation>受理人（--received-by）</translation>
    </message>
    <message>
        <source>Received (--received)</source>
        <translation>受理时间（--received）</translation>
    </message>
    <message>
        <source>Time (--at)</source>
        <translation>时间（--at）</translation>
    </message>
    <message>
        <source>Person responsible (--to)</source>
        <translation>责任人（--to）</translation>
    </message>
    <message>
        <source>Helper (--helper)</source>
        <translation>协办人（--helper）</translation>
    </message>
    <message>
        <source>Parties (--party)</source>
        <translation>当事人（--party）</translation>
    </message>
    <message>
        <source>Role (--role)</source>
        <translation>角色（--role）</translation>
    </message>
    <message>
        <source>Summary (--summary)</source>
        <translation>简要情况（--summary）</translation>
    </message>
    <message>
        <source>Cause (--cause)</source>
        <translation>诱因（--cause）</translation>
    </message>
    <message>
        <source>Screened on (--screened)</source>
        <translation>排查日期（--screened）</translation>
    </message>
    <message>
        <source>Source (--source)</source>
        <translation>来源（--source）</translation>
    </message>
    <message>
        <source>Mediation level (--level)</source>
        <translation>调解层级（--level）</translation>
    </message>
    <message>
        <source>People involved (--people)</source>
        <translation>涉及人数（--people）</translation>
    </message>
    <message>
        <source>Risk factor (--risk)</source>
        <translation>风险因素（--risk）</translation>
    </message>
    <message>
        <source>Police calls (--police-calls)</source>
        <translation>报警次数（--police-calls）</translation>
    </message>
    <message>
        <source>Failed mediations (--failed-mediations)</source>
        <translation>调解未果次数（--failed-mediations）</translation>
    </message>
    <message>
        <source>Case owner (--owner)</source>
        <translation>包案人（--owner）</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Note (--note)</source>
        <translation>备注（--note）</translation>
    </message>
    <message>
        <source>Mediator (--mediator)</source>
        <translation>调解员（--mediator）</translation>
    </message>
    <message>
        <source>Day (--on)</source>
        <translation>日期（--on）</translation>
    </message>
    <message>
        <source>What was said (--said)</source>
        <translation>调解情况（--said）</translation>
    </message>
    <message>
        <source>Result (--result)</source>
        <translation>是否解决（--result）</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Basic facts (--facts)</source>
        <translation>基本情况（--facts）</translation>
    </message>
    <message>
        <source>Facts and issues in dispute (--issues)</source>
        <translation>主要事实和争议（--issues）</translation>
    </message>
    <message>
        <source>Terms (--terms)</source>
        <translation>协议内容（--terms）</translation>
    </message>
    <message>
        <source>Manner of performance (--manner)</source>
        <translation>履行方式（--manner）</translation>
    </message>
    <message>
        <source>Time limit for performance (--due)</source>
        <translation>履行期限（--due）</translation>
    </message>
    <message>
        <source>Performance (--performance)</source>
        <translation>履行情况（--performance）</translation>
    </message>
    <message>
        <source>Satisfaction (--satisfaction)</source>
        <translation>满意度（--satisfaction）</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Party {n} (--party)</source>
        <translation>第 {n} 名当事人（--party）</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Statement (--statement)</source>
        <translation>无法解决说明（--statement）</translation>
    </message>
    <message>
        <source>Approved by (--approved-by)</source>
        <translation>批准人（--approved-by）</translation>
    </message>
    <message>
        <source>Reason (--reason)</source>
        <translation>原因（--reason）</translation>
    </message>
    <message>
        <source>Into (--into)</source>
        <translation>并入（--into）</translation>
    </message>
    <message>
        <source>Export the requests to an Excel file (.xlsx).</source>
        <translation>把民情诉求导出为 Excel 文件（.xlsx）。</translation>
    </message>
    <message>
        <source>Export the requests the filters find to an Excel file (.xlsx) in the columns of the 民情台账, oldest first, the requesters&apos; phones masked. The file can be imported again with “import requests”.</source>
        <translation>按筛选条件把民情诉求导出为 Excel 文件（.xlsx），列同民情台账，按受理时间从早到晚排列，诉求人电话脱敏。该文件可用“import requests”重新导入。</translation>
    </message>
    <message>
        <source>Only those received on this day or later.</source>
        <translation>只导出这一天及以后受理的。</translation>
    </message>
    <message>
        <source>Only those received on this day or earlier.</source>
        <translation>只导出这一天及以前受理的。</translation>
    </message>
    <message>
        <source>The requests the villages escalated to the township, and its replies (township).</source>
        <extracomment>The clock the reply is dated by (tests replace it).</extracomment>
        <translation>各村上报到乡镇的诉求及乡镇的答复（乡镇）。</translation>
    </message>
    <message>
        <source>List the requests escalated to the township.</source>
        <translation>列出上报到乡镇的诉求。</translation>
    </message>
    <message>
        <source>Record the township&apos;s reply; the next receipt carries it.</source>
        <translation>登记乡镇的答复，随下一份回执发回村。</translation>
    </message>
    <message>
        <source>Record the township&apos;s reply to a village&apos;s escalated request. It goes to the village in the village&apos;s next receipt.</source>
        <translation>登记乡镇对村上报诉求的答复，随该村的下一份回执发回村。</translation>
    </message>
    <message>
        <source>The reply.</source>
        <translation>答复内容。</translation>
    </message>
    <message>
        <source>Who replies.</source>
        <translation>答复人。</translation>
    </message>
    <message>
        <source>The department that replies (default: the one escalated to).</source>
        <translation>答复的部门（默认为上报的部门）。</translation>
    </message>
    <message>
        <source>The villages&apos; red and orange disputes, and who at the township took them over (township).</source>
        <extracomment>The clock the take-over is dated by (tests replace it).</extracomment>
        <translation>各村红色、橙色预警矛盾纠纷及乡镇包案人（乡镇）。</translation>
    </message>
    <message>
        <source>List the villages&apos; red and orange disputes, red first.</source>
        <translation>列出各村红色、橙色预警矛盾纠纷，红色在前。</translation>
    </message>
    <message>
        <source>Record who at the township takes a dispute over.</source>
        <translation>登记乡镇包案人。</translation>
    </message>
    <message>
        <source>Record who at the township takes a village&apos;s dispute over. It goes to the village in the village&apos;s next receipt; a second take-over replaces the name.</source>
        <translation>登记某村矛盾纠纷的乡镇包案人，随该村下一份回执发给该村；再次登记将替换包案人。</translation>
    </message>
    <message>
        <source>Who takes it over.</source>
        <translation>包案人。</translation>
    </message>
    <message>
        <source>When, like 2026-05-20 09:30 (default: now).</source>
        <translation>答复时间，如 2026-05-20 09:30（默认为现在）。</translation>
    </message>
    <message>
        <source>not taken over</source>
        <translation>未包案</translation>
    </message>
    <message>
        <source>{name}; not in a receipt yet</source>
        <translation>{name}；尚未写入回执</translation>
    </message>
    <message>
        <source>{name}; in a receipt</source>
        <translation>{name}；已写入回执</translation>
    </message>
    <message>
        <source>No village has an open red or orange dispute.</source>
        <translation>各村没有未销号的红色、橙色预警矛盾纠纷。</translation>
    </message>
    <message>
        <source>{number} of {village} taken over by {name}; the village&apos;s next receipt carries it.</source>
        <translation>{village} 的 {number} 已由 {name} 包案，随该村下一份回执发出。</translation>
    </message>
    <message>
        <source>This replaces the earlier take-over by {name}.</source>
        <translation>此前的包案人 {name} 已被替换。</translation>
    </message>
    <message>
        <source>not replied</source>
        <translation>未答复</translation>
    </message>
    <message>
        <source>replied; not in a receipt yet</source>
        <translation>已答复，尚未写入回执</translation>
    </message>
    <message>
        <source>replied; in a receipt</source>
        <translation>已答复，已写入回执</translation>
    </message>
    <message>
        <source>No request is escalated to the township.</source>
        <translation>没有上报到乡镇的诉求。</translation>
    </message>
    <message>
        <source>Reply to {number} of {village} recorded; the village&apos;s next receipt carries it.</source>
        <translation>已登记对 {village} 的诉求 {number} 的答复，随该村的下一份回执发回。</translation>
    </message>
    <message>
        <source>Show or replace the station&apos;s lists of sources and categories.</source>
        <extracomment>What follows a source&apos;s name when requests from it carry the upper level&apos;s ticket number.</extracomment>
        <translation>查看或替换本站的来源渠道和分类列表。</translation>
    </message>
    <message>
        <source>Show the station&apos;s lists of request sources (来源渠道) and categories (分类), in their order; “lists set” replaces them.</source>
        <translation>按顺序显示本站诉求的来源渠道和分类列表；用“lists set”替换。</translation>
    </message>
    <message>
        <source>Replace the list of sources, of categories, or both.</source>
        <translation>替换来源渠道列表、分类列表或两者。</translation>
    </message>
    <message>
        <source>Replace each list given, in the order given; a list not given stays as it is. Write a source as NAME:转办 when requests from it carry the upper level&apos;s ticket number. Requests already recorded keep the names they were given.</source>
        <translation>按给出的顺序替换所给的列表；未给出的列表保持不变。来自该渠道的诉求需填写上级转办单号时，把渠道写成“名称:转办”。已登记的诉求保留原来的名称。</translation>
    </message>
    <message>
        <source>A source (may be given more than once).</source>
        <translation>一个来源渠道（可多次给出）。</translation>
    </message>
    <message>
        <source>A category (may be given more than once).</source>
        <translation>一个分类（可多次给出）。</translation>
    </message>
    <message>
        <source>Sources (--channel)</source>
        <translation>来源渠道（--channel）</translation>
    </message>
    <message>
        <source>Categories (--category)</source>
        <translation>分类（--category）</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源渠道：</translation>
    </message>
    <message>
        <source>{name} (carries the upper level&apos;s ticket number)</source>
        <translation>{name}（需填写转办单号）</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>Give the new list with --channel, --category or both.</source>
        <translation>请用 --channel、--category 或两者给出新的列表。</translation>
    </message>
    <message>
        <source>Saved: {channels} sources, {categories} categories.</source>
        <translation>已保存：来源渠道 {channels} 项，分类 {categories} 项。</translation>
    </message>
    <message>
        <source>{what}: {number} is now “{state}”, warning level {level}.</source>
        <extracomment>Where the commands read the time; a test replaces it with a fixed clock. The type a dispute turned from a request gets when none is given (if the station has it). The roles of the parties given without ``--role``: the first applies, the second responds (turned from a request, the requester applies and the first given party responds).</extracomment>
        <translation>{what}：{number} 现为“{state}”，预警等级{level}。</translation>
    </message>
    <message>
        <source>It may be moved up a level: {reasons}</source>
        <translation>可上移调解层级：{reasons}</translation>
    </message>
    <message>
        <source>There are more roles (--role) than parties (--party).</source>
        <translation>角色（--role）比当事人（--party）多。</translation>
    </message>
    <message>
        <source>Give the party&apos;s name or 18-digit ID number.</source>
        <translation>请填写当事人的姓名或18位身份证号。</translation>
    </message>
    <message>
        <source>Dispute recorded: warning level {level}, {rung}.</source>
        <translation>纠纷已登记：预警等级{level}，{rung}。</translation>
    </message>
    <message>
        <source>No dispute matches.</source>
        <translation>没有符合条件的纠纷。</translation>
    </message>
    <message>
        <source>Print the mediation papers of one dispute.</source>
        <translation>打印一件矛盾纠纷的调解文书。</translation>
    </message>
    <message>
        <source>Print the mediation papers of one dispute on A4 portrait: the case file cover, the application and acceptance form, the mediation records, the agreement (one copy per party and one for the file, with the parties&apos; ID numbers in full), the oral agreement and the follow-up record. Every other paper masks the ID numbers.</source>
        <translation>以 A4 纵向打印一件矛盾纠纷的调解文书：卷宗封面、人民调解申请书及受理登记表、调解记录、人民调解协议书（当事人各一份、存档一份，当事人身份证号码完整打印）、口头协议登记表和回访记录。其他文书中的身份证号码均脱敏。</translation>
    </message>
    <message>
        <source>Which paper (default: every paper the dispute has).</source>
        <translation>打印哪一种文书（默认：该纠纷已有的全部文书）。</translation>
    </message>
    <message>
        <source>Print the monthly report on disputes.</source>
        <translation>打印矛盾纠纷排查化解月报。</translation>
    </message>
    <message>
        <source>Print the monthly report on screening and settling disputes: the cases by type, source, level and result, and the criminal cases and group petitions prevented.</source>
        <translation>打印矛盾纠纷排查化解月报：按类型、来源、等级和调解结果统计件数，以及防止民转刑、防止群体性上访的件数。</translation>
    </message>
    <message>
        <source>The month.</source>
        <translation>月份。</translation>
    </message>
    <message>
        <source>The dispute {number} has no {paper} yet.</source>
        <translation>矛盾纠纷 {number} 还没有{paper}。</translation>
    </message>
    <message>
        <source>Mediation papers {number}</source>
        <translation>调解文书 {number}</translation>
    </message>
    <message>
        <source>Not a month: {value}</source>
        <translation>不是月份：{value}</translation>
    </message>
    <message>
        <source>Check that no entry of the audit log was changed or removed.</source>
        <translation>检查操作日志有没有被修改或删除。</translation>
    </message>
    <message>
        <source>List the audit log, newest first.</source>
        <translation>列出操作日志，最新的在前。</translation>
    </message>
    <message>
        <source>Write the audit log to a CSV file (UTF-8).</source>
        <translation>把操作日志写入 CSV 文件（UTF-8 编码）。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD).</source>
        <translation>从这一天起（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>To this day (YYYY-MM-DD).</source>
        <translation>到这一天止（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Only this account&apos;s entries.</source>
        <translation>只列出这个账号的操作。</translation>
    </message>
    <message>
        <source>Only the entries about this record.</source>
        <translation>只列出与这条记录有关的操作。</translation>
    </message>
    <message>
        <source>{option}: enter a day as YYYY-MM-DD.</source>
        <translation>{option}：请按 YYYY-MM-DD 的格式填写日期。</translation>
    </message>
    <message>
        <source>The file name must end in .csv: {path}</source>
        <translation>文件名必须以 .csv 结尾：{path}</translation>
    </message>
    <message>
        <source>{count} entries written to {path}.</source>
        <translation>已将 {count} 条日志写入 {path}。</translation>
    </message>
    <message>
        <source>At most this many entries (default 200).</source>
        <translation>最多列出多少条（默认 200 条）。</translation>
    </message>
    <message>
        <source>The audit log: verify, list or export it (for a 管理员).</source>
        <translation>操作日志：校验、列出或导出（管理员使用）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} 条记录</translation>
    </message>
    <message>
        <source>--since: enter a day as YYYY-MM-DD.</source>
        <translation>--since：请按 YYYY-MM-DD 的格式填写日期。</translation>
    </message>
    <message>
        <source>Red when mediation failed at least this many times</source>
        <extracomment>How a switch is written after ``NAME=``.</extracomment>
        <translation>调解未果达到此次数即为红色预警</translation>
    </message>
    <message>
        <source>Red when the police were called at least this many times</source>
        <translation>报警达到此次数即为红色预警</translation>
    </message>
    <message>
        <source>Red when at least this many people are involved</source>
        <translation>涉及人数达到此数即为红色预警</translation>
    </message>
    <message>
        <source>Red on a risk of turning into a criminal case</source>
        <translation>有民转刑风险即为红色预警</translation>
    </message>
    <message>
        <source>Red on signs of repeated, over-level or group petitions</source>
        <translation>有重复访、越级访或集体访苗头即为红色预警</translation>
    </message>
    <message>
        <source>Orange when mediation failed at least this many times</source>
        <translation>调解未果达到此次数即为橙色预警</translation>
    </message>
    <message>
        <source>Orange when at least this many people are involved</source>
        <translation>涉及人数达到此数即为橙色预警</translation>
    </message>
    <message>
        <source>Orange on threats of revenge</source>
        <translation>扬言报复即为橙色预警</translation>
    </message>
    <message>
        <source>Orange when weapons are involved</source>
        <translation>持械即为橙色预警</translation>
    </message>
    <message>
        <source>Show or change the station&apos;s dispute settings.</source>
        <translation>查看或修改本站的矛盾纠纷设置。</translation>
    </message>
    <message>
        <source>The dispute types, the warning rules, the days of each mediation level and the name of the people&apos;s mediation committee on the papers.</source>
        <translation>纠纷类型、预警规则、每级调解时限，以及调解文书上的人民调解委员会名称。</translation>
    </message>
    <message>
        <source>Show the dispute settings.</source>
        <translation>查看矛盾纠纷设置。</translation>
    </message>
    <message>
        <source>Change the dispute settings given; the others stay.</source>
        <translation>修改给出的矛盾纠纷设置，其余不变。</translation>
    </message>
    <message>
        <source>Change only what is given. --type replaces the list of types in the order given; --rule NAME=VALUE changes one warning rule (a number, or true/false for a rule that is switched on or off); --committee &quot;&quot; goes back to the name derived from the station&apos;s. Disputes already recorded keep their type and their levels.</source>
        <translation>只修改给出的项。--type 按给出的顺序替换纠纷类型列表；--rule NAME=VALUE 修改一条预警规则（数值，或用 true/false 启用或停用一条规则）；--committee &quot;&quot; 恢复为由站点名称得出的名称。已登记的纠纷保留原来的类型和等级。</translation>
    </message>
    <message>
        <source>A dispute type (may be given more than once).</source>
        <translation>一个纠纷类型（可多次给出）。</translation>
    </message>
    <message>
        <source>Days each mediation level has.</source>
        <translation>每级调解的天数。</translation>
    </message>
    <message>
        <source>The mediation committee&apos;s name.</source>
        <translation>人民调解委员会名称。</translation>
    </message>
    <message>
        <source>A warning rule (may be given more than once).</source>
        <translation>一条预警规则（可多次给出）。</translation>
    </message>
    <message>
        <source>Rule {name} (--rule)</source>
        <translation>预警规则 {name}（--rule）</translation>
    </message>
    <message>
        <source>Dispute types (--type)</source>
        <translation>纠纷类型（--type）</translation>
    </message>
    <message>
        <source>Days at each level (--level-days)</source>
        <translation>每级调解时限（--level-days）</translation>
    </message>
    <message>
        <source>Mediation committee (--committee)</source>
        <translation>调解委员会（--committee）</translation>
    </message>
    <message>
        <source>Dispute types:</source>
        <translation>纠纷类型：</translation>
    </message>
    <message>
        <source>Warning rules:</source>
        <translation>预警规则：</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>Days at each level: {days}</source>
        <translation>每级调解时限：{days} 天</translation>
    </message>
    <message>
        <source>Mediation committee: {name}</source>
        <translation>调解委员会：{name}</translation>
    </message>
    <message>
        <source> (from the station&apos;s name)</source>
        <translation>（由站点名称得出）</translation>
    </message>
    <message>
        <source>Rule {name}: write true or false.</source>
        <translation>预警规则 {name}：请写 true 或 false。</translation>
    </message>
    <message>
        <source>Rule {name}: write a whole number.</source>
        <translation>预警规则 {name}：请写一个整数。</translation>
    </message>
    <message>
        <source>There is no warning rule “{name}”; the rules are: {names}.</source>
        <translation>没有名为“{name}”的预警规则；可用的规则有：{names}。</translation>
    </message>
    <message>
        <source>Write each rule as NAME=VALUE, like red_people=8.</source>
        <translation>每条规则写成 NAME=VALUE，例如 red_people=8。</translation>
    </message>
    <message>
        <source>--level-days: write a whole number of days.</source>
        <translation>--level-days：请写整数天数。</translation>
    </message>
    <message>
        <source>Give what to change: --type, --rule, --level-days or --committee.</source>
        <translation>请给出要修改的项：--type、--rule、--level-days 或 --committee。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Nothing changed: the settings are as given.</source>
        <translation>没有变化：设置与给出的相同。</translation>
    </message>
    <message>
        <source>The station&apos;s accounts (for a 管理员).</source>
        <extracomment>The roles as the command line names them: in Chinese, as the issue spells them.</extracomment>
        <translation>本站账号（管理员使用）。</translation>
    </message>
    <message>
        <source>Add an account; the password from VILLAGEDESK_PASSWORD.</source>
        <translation>添加账号（密码取自 VILLAGEDESK_PASSWORD）。</translation>
    </message>
    <message>
        <source>Add an account. Its password comes from VILLAGEDESK_PASSWORD, or is asked for when a terminal is attached.</source>
        <translation>添加账号。密码取自环境变量 VILLAGEDESK_PASSWORD；在终端中运行时也可以当场输入。</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>账号名称。</translation>
    </message>
    <message>
        <source>Its role.</source>
        <translation>账号角色。</translation>
    </message>
    <message>
        <source>List the accounts.</source>
        <translation>列出全部账号。</translation>
    </message>
    <message>
        <source>Lock an account: it cannot sign in.</source>
        <translation>停用账号：停用后不能登录。</translation>
    </message>
    <message>
        <source>Unlock an account (also after wrong passwords).</source>
        <translation>启用账号（也可解除因密码错误造成的锁定）。</translation>
    </message>
    <message>
        <source>Give an account a new password (from VILLAGEDESK_PASSWORD).</source>
        <translation>为账号设置新密码（密码取自 VILLAGEDESK_PASSWORD）。</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>No password: set VILLAGEDESK_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>没有密码：请设置环境变量 VILLAGEDESK_PASSWORD，或在终端中运行本命令并输入密码。</translation>
    </message>
    <message>
        <source>Account added: {name} ({role}).</source>
        <translation>已添加账号：{name}（{role}）。</translation>
    </message>
    <message>
        <source>locked by a 管理员</source>
        <translation>已被管理员停用</translation>
    </message>
    <message>
        <source>locked after wrong passwords</source>
        <translation>因密码错误已锁定</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Locked: {name}.</source>
        <translation>已停用：{name}。</translation>
    </message>
    <message>
        <source>Unlocked: {name}.</source>
        <translation>已启用：{name}。</translation>
    </message>
    <message>
        <source>New password set: {name}.</source>
        <translation>已设置新密码：{name}。</translation>
    </message>
    <message>
        <source>The village profile: households, people and open matters by group.</source>
        <translation>村情档案：按村民小组统计的户数、人口和未办结事项。</translation>
    </message>
    <message>
        <source>The village profile (村情档案): households, residents, Party members, relief residents, open requests and open disputes by warning colour, per villager group; and the relief groups.</source>
        <translation>村情档案：按村民小组统计户数、人口、党员、救助对象、未办结民情诉求和按预警颜色分列的未化解矛盾纠纷，以及各救助群体人数。</translation>
    </message>
    <message>
        <source>Show the village profile.</source>
        <translation>显示村情档案。</translation>
    </message>
    <message>
        <source>Show the village profile as of today.</source>
        <translation>显示截至今天的村情档案。</translation>
    </message>
    <message>
        <source>Print the village profile on one page.</source>
        <translation>在一页纸上打印村情档案。</translation>
    </message>
    <message>
        <source>Print the village profile (村情档案) on one A4 page: the totals, the figures per villager group and the relief groups.</source>
        <translation>在一页 A4 纸上打印村情档案：总体情况、各村民小组的数字和各救助群体人数。</translation>
    </message>
    <message>
        <source>{station}, as of {day}</source>
        <translation>{station}，截至 {day}</translation>
    </message>
    <message>
        <source>Households {households} · residents {residents} · Party members {members} · relief residents {relief} · open requests {requests} · open disputes red {red}, orange {orange}, yellow {yellow}</source>
        <translation>户数 {households} · 人口 {residents} · 党员 {members} · 救助对象 {relief} · 未办结诉求 {requests} · 未化解纠纷 红 {red}、橙 {orange}、黄 {yellow}</translation>
    </message>
    <message>
        <source>Relief groups</source>
        <translation>救助群体</translation>
    </message>
    <message>
        <source>This station has accounts: sign in with --user NAME before the command (the password from VILLAGEDESK_PASSWORD).</source>
        <translation>本服务站已设置账号：请在命令前加 --user 账号名称 登录（密码取自 VILLAGEDESK_PASSWORD）。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Personal data: one person&apos;s export, and the retention setting.</source>
        <translation>个人信息：导出某人的个人信息，设置保存期限。</translation>
    </message>
    <message>
        <source>Personal data (PIPL): export everything the station holds about one person, and the retention setting for people who moved away.</source>
        <translation>个人信息（个人信息保护法）：导出服务站保存的某人全部信息；设置迁出人员记录的保存期限。</translation>
    </message>
    <message>
        <source>Export one person&apos;s personal data as a PDF for them.</source>
        <translation>将某人的个人信息导出为PDF，交其本人。</translation>
    </message>
    <message>
        <source>Write everything the station holds about one person as a PDF to hand to them (their ID number and phone in full). The export is recorded in the audit log.</source>
        <translation>将服务站保存的某人全部信息写成PDF交其本人（含完整的公民身份号码和联系电话）。本次导出记入操作日志。</translation>
    </message>
    <message>
        <source>An ID number, a name, a record&apos;s uuid, or resident:ID / member:ID.</source>
        <translation>公民身份号码、姓名、记录的uuid，或 resident:编号 / member:编号。</translation>
    </message>
    <message>
        <source>How long the records of people who moved away are kept.</source>
        <translation>迁出人员记录的保存期限。</translation>
    </message>
    <message>
        <source>How long the records of people who moved away (residents removed from their household, members transferred out) are kept, in months (0: for ever). The program never deletes them by itself: the 管理员 reviews the list.</source>
        <translation>迁出人员（已从户中移除的居民、已转出的党员）记录的保存期限，以月计（0为永久保存）。程序从不自行删除：由管理员审阅到期名单。</translation>
    </message>
    <message>
        <source>Show the retention setting.</source>
        <translation>查看保存期限。</translation>
    </message>
    <message>
        <source>Change the retention setting.</source>
        <translation>修改保存期限。</translation>
    </message>
    <message>
        <source>Months; 0 keeps for ever.</source>
        <translation>月数；0为永久保存。</translation>
    </message>
    <message>
        <source>List the people kept longer than the setting (masked).</source>
        <translation>列出保存已超过期限的人员（脱敏）。</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Nobody on the registers matches “{text}”.</source>
        <translation>登记册中没有与“{text}”相符的人。</translation>
    </message>
    <message>
        <source>{count} people match; give the ID number, or one of these as resident:ID or member:ID:</source>
        <translation>有{count}人相符；请给出公民身份号码，或以 resident:编号、member:编号 指定下列之一：</translation>
    </message>
    <message>
        <source>Records of people who moved away are kept for ever.</source>
        <translation>迁出人员的记录永久保存。</translation>
    </message>
    <message>
        <source>Records of people who moved away are kept for {months} months.</source>
        <translation>迁出人员的记录保存{months}个月。</translation>
    </message>
    <message>
        <source>Nobody is kept longer than the retention setting.</source>
        <translation>没有保存超过期限的人员。</translation>
    </message>
    <message>
        <source>left {day}</source>
        <translation>{day}迁出</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>{day}到期</translation>
    </message>
    <message>
        <source>Who changed what in the villages&apos; sensitive registers, from their audit logs.</source>
        <translation>按各村的操作日志，查看谁改动了各村敏感台账中的哪些内容。</translation>
    </message>
    <message>
        <source>List the villages&apos; changes to requests, disputes and relief.</source>
        <translation>列出各村对民情诉求、矛盾纠纷和救助信息的改动。</translation>
    </message>
    <message>
        <source>No change to the villages&apos; sensitive registers has arrived.</source>
        <translation>尚未收到各村敏感台账的改动记录。</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close the request</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>A request is closed after a follow-up that says it is solved. A matter outside the village&apos;s powers may be closed with a statement why it cannot be solved, approved by the station&apos;s head.</source>
        <translation>回访确认已解决后方可销号。超出村级权限、确实无法解决的，可填写无法解决说明，经站长审批后销号。</translation>
    </message>
    <message>
        <source>Statement (if unsolvable):</source>
        <translation>无法解决说明：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>审批人（站长）：</translation>
    </message>
    <message>
        <source>Closed by:</source>
        <translation>销号人：</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <extracomment>党员花名册 as printed: the roll&apos;s columns with 学历 and 工作单位 (hidden on screen), widths balanced so that an 18-digit ID number and a name part fit whole at the body size. 在职党员报到登记台账 in the standard layout: 序号 (the row number), 姓名, 性别, 所在单位, 联系电话, 报到时间, 认领岗位, 备注 and 本人签字 (the last two left blank to fill in by hand).</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>正式/预备</translation>
    </message>
    <message>
        <source>Roll status</source>
        <translation>党籍状态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Villager group / grid</source>
        <translation>村民小组/网格</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Three losses</source>
        <translation>三丧失</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Relief categories</source>
        <translation>救助群体</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>联户原因</translation>
    </message>
    <message>
        <source>Linked since</source>
        <translation>联户起始日期</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Full member on</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Unit notice of</source>
        <translation>单位通知日期</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>报到情况</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>联系卡号</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报到日期</translation>
    </message>
    <message>
        <source>Expected list</source>
        <translation>应报到名单</translation>
    </message>
    <message>
        <source>Handbook issued</source>
        <translation>发放手册</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Service done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空余</translation>
    </message>
    <message>
        <source>Community contact</source>
        <translation>社区联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>岗位职责</translation>
    </message>
    <message>
        <source>Claimed on</source>
        <translation>认领日期</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应报到</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报到</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未报到</translation>
    </message>
    <message>
        <source>Unexpected</source>
        <translation>名单外报到</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>认领岗位</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>承诺数</translation>
    </message>
    <message>
        <source>Community rating</source>
        <translation>社区评定</translation>
    </message>
    <message>
        <source>Work unit rating</source>
        <translation>单位评定</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>现居住地</translation>
    </message>
    <message>
        <source>Households / limit</source>
        <translation>联户数/上限</translation>
    </message>
    <message>
        <source>Village / community</source>
        <extracomment>The township&apos;s village column (村（社区）): the record&apos;s village by name, else its code. Declared last in every register a township shows for all its villages.</extracomment>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Voided</source>
        <extracomment>Stored fields no register shows as a column, with their own header (context &quot;Columns&quot;): per record type, and (key &quot;&quot;) for every type.</extracomment>
        <translation>作废</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Campaign year</source>
        <translation>报到年度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>上级组织</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账号名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Wrong passwords in a row</source>
        <translation>连续输错密码次数</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>Roll change</source>
        <translation>党籍变动</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>变动原因</translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>Time of reporting</source>
        <translation>报到时间</translation>
    </message>
    <message>
        <source>Own signature</source>
        <translation>本人签字</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>排查日期</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>当前层级</translation>
    </message>
    <message>
        <source>Case owner</source>
        <translation>包案人</translation>
    </message>
    <message>
        <source>Level time limit</source>
        <translation>层级期限</translation>
    </message>
    <message>
        <source>Mediation result</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行</translation>
    </message>
    <message>
        <source>Followed up on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Solved?</source>
        <translation>是否解决</translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>{time} (estimated)</source>
        <translation>{time}（估算）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>诉求人</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重办次数</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Time left</source>
        <extracomment>The time left, judged when the list is read (not stored: the page computes it per row).</extracomment>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Parties present</source>
        <translation>到场当事人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>调解情况</translation>
    </message>
    <message>
        <source>Hidden danger</source>
        <translation>是否仍有隐患</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>{count} h left</source>
        <translation>剩 {count} 小时</translation>
    </message>
    <message>
        <source>{count} working days left</source>
        <translation>剩 {count} 个工作日</translation>
    </message>
    <message>
        <source>{count} days left</source>
        <translation>剩 {count} 天</translation>
    </message>
    <message>
        <source>{count} h overdue</source>
        <translation>超期 {count} 小时</translation>
    </message>
    <message>
        <source>{count} days overdue</source>
        <translation>超期 {count} 天</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Drawing the contact cards…</source>
        <translation>正在生成联系卡…</translation>
    </message>
    <message>
        <source>In-service Party member contact card</source>
        <translation>在职党员联系卡</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>认领岗位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Community contact</source>
        <translation>社区联系人</translation>
    </message>
    <message>
        <source>Card No.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Scan to save the community contact</source>
        <translation>扫码保存社区联系人</translation>
    </message>
    <message>
        <source>{posts} and others, {count} posts in all</source>
        <translation>{posts}等{count}个岗位</translation>
    </message>
    <message>
        <source>not every post fits on the card: {posts}</source>
        <translation>联系卡上印不下全部认领岗位：{posts}</translation>
    </message>
    <message>
        <source>the pledges do not fit on the back of the card</source>
        <translation>联系卡背面印不下全部个人承诺</translation>
    </message>
    <message>
        <source>My pledges for {year}</source>
        <translation>{year}年度个人承诺</translation>
    </message>
    <message>
        <source>No pledges recorded.</source>
        <translation>暂无承诺。</translation>
    </message>
    <message>
        <source>Holder&apos;s signature</source>
        <translation>持卡人签名</translation>
    </message>
</context>
<context>
    <name>CoverSheet</name>
    <message>
        <source>Sync package cover sheet</source>
        <translation>同步包上报封面</translation>
    </message>
    <message>
        <source>No. {seq}</source>
        <translation>第 {seq} 号</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Package number</source>
        <translation>同步包编号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Change numbers</source>
        <translation>变更号</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Village key fingerprint</source>
        <translation>村级密钥指纹</translation>
    </message>
    <message>
        <source>Township key fingerprint (recipient)</source>
        <translation>乡镇密钥指纹（接收方）</translation>
    </message>
    <message>
        <source>Package hash</source>
        <translation>同步包校验值</translation>
    </message>
    <message>
        <source>Before the township accepts this package, compare the village key fingerprint shown on screen with the one printed here. Hand over this sheet, signed and stamped, together with the package file.</source>
        <translation>乡镇接收本同步包前，请将屏幕上显示的村级密钥指纹与本封面所印指纹核对一致。本封面经签字盖章后，与同步包文件一并报送。</translation>
    </message>
    <message>
        <source>Signature of the person in charge</source>
        <translation>经办人签字</translation>
    </message>
    <message>
        <source>Signature of the reviewer</source>
        <translation>审核人签字</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>盖章</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>Not a date: write it like 2026-05-01 or 2026.05.01.</source>
        <translation>不是日期：请写成 2026-05-01 或 2026.05.01。</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>起始日期晚于结束日期。</translation>
    </message>
</context>
<context>
    <name>DeadlineRulesForm</name>
    <message>
        <source>Rule {number}: {message}</source>
        <translation>第 {number} 条规则：{message}</translation>
    </message>
    <message>
        <source>Request type</source>
        <extracomment>A rule added with 添加: 一般 requests, 7 working days (the user changes it at once).</extracomment>
        <translation>诉求类型</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Water, power or heating</source>
        <translation>涉及水电暖</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>起算</translation>
    </message>
    <message>
        <source>Stop while suspended</source>
        <translation>挂起时停表</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>The first rule that matches a request gives its time limit; the last rule must apply to any request.</source>
        <translation>诉求按第一条相符的规则确定时限；最后一条规则必须适用于任何诉求。</translation>
    </message>
    <message>
        <source>Rule changes apply to requests received from now on only.</source>
        <translation>规则修改只影响此后受理的诉求</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The number of members must be at least 1.</source>
        <extracomment>More than a township has (the benchmarks use 100,000); a bigger number is a typing error. What the command line and the GUI make: a year of a village&apos;s requests. Each request walks through the services step by step; more is a typing error.</extracomment>
        <translation>党员人数至少为1。</translation>
    </message>
    <message>
        <source>Demo data has at most {most} members.</source>
        <translation>演示数据最多 {most} 名党员。</translation>
    </message>
    <message>
        <source>Demo data has between 0 and {most} requests.</source>
        <translation>演示民情诉求应在 0 到 {most} 件之间。</translation>
    </message>
    <message>
        <source>Creating demo members…</source>
        <translation>正在生成演示党员…</translation>
    </message>
    <message>
        <source>This station already has members; demo data goes only into an empty station.</source>
        <translation>本站已有党员数据；演示数据只能填入空站点。</translation>
    </message>
    <message>
        <source>Creating in-service reporting data…</source>
        <translation>正在生成在职党员报到数据…</translation>
    </message>
    <message>
        <source>Creating demo requests…</source>
        <translation>正在创建演示民情诉求…</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <source>Fill with demo data</source>
        <translation>填充演示数据</translation>
    </message>
    <message>
        <source>Fills an empty station with made-up members, branches and groups, households and a year of residents&apos; requests, for trying VillageDesk out or for training. A station that already has members is left unchanged.</source>
        <translation>为尚无数据的服务站生成虚构的党员、党支部和党小组、户籍以及一年的民情诉求，供试用本程序或培训使用。已有党员的服务站不会被改动。</translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation>党员人数</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>民情诉求件数</translation>
    </message>
    <message>
        <source>Created {members} demo members in {branches} branches and groups.</source>
        <translation>已生成 {members} 名演示党员，分属 {branches} 个党支部和党小组。</translation>
    </message>
    <message>
        <source>Created {requests} demo requests of the past year.</source>
        <translation>已生成过去一年的 {requests} 件演示民情诉求。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>Creating demo data</source>
        <translation>正在生成演示数据</translation>
    </message>
</context>
<context>
    <name>DetailDialog</name>
    <message>
        <source>Request {number}</source>
        <translation>诉求 {number}</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>照片和扫描件</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源渠道：</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>诉求人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>诉求类型：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>诉求内容：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>受理人：</translation>
    </message>
    <message>
        <source>Received at:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source> (helpers: {names})</source>
        <translation>（协办人：{names}）</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>办理时限：</translation>
    </message>
</context>
<context>
    <name>Dispute</name>
    <message>
        <source>The request was not found.</source>
        <translation>未找到该诉求。</translation>
    </message>
    <message>
        <source>The time at this level ran out on {day}.</source>
        <extracomment>A level&apos;s time &quot;runs out&quot; when its last day is at most this many days away (or past): the start page&apos;s tile and the page&apos;s view ask the same.</extracomment>
        <translation>本层级调解期限已于 {day} 届满。</translation>
    </message>
    <message>
        <source>The last mediation session failed.</source>
        <translation>最近一次调解未果。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请写明理由。</translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters.</source>
        <translation>内容过长：最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>The dispute is already at the township; there is no level above.</source>
        <translation>该纠纷已在乡镇调解，没有更高的层级。</translation>
    </message>
    <message>
        <source>The new last day must be after the present one ({day}).</source>
        <translation>新的调解期限必须晚于现在的期限（{day}）。</translation>
    </message>
    <message>
        <source>Every applicant and respondent must consent to the extension; missing: {names}.</source>
        <translation>延长调解期限须经全体申请人和被申请人同意；尚缺：{names}。</translation>
    </message>
    <message>
        <source>Choose yellow, orange or red.</source>
        <translation>请选择黄、橙或红。</translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to {top}.</source>
        <translation>请输入 0 到 {top} 之间的整数。</translation>
    </message>
    <message>
        <source>The people involved are at least the {parties} parties, at most {top}.</source>
        <translation>涉及人数不能少于当事人人数（{parties} 人），最多 {top} 人。</translation>
    </message>
    <message>
        <source>Name the case owner.</source>
        <translation>请填写包案人。</translation>
    </message>
    <message>
        <source>This person already owns the case.</source>
        <translation>此人已是本纠纷的包案人。</translation>
    </message>
    <message>
        <source>Not a date. Write it like 2026-05-20.</source>
        <extracomment>The same words as the dispute rules&apos; own (context &quot;Dispute&quot;), so one translation serves.</extracomment>
        <translation>不是日期，请按 2026-05-20 的格式填写。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>日期晚于今天。</translation>
    </message>
    <message>
        <source>The ID number is not valid; check it and type it again.</source>
        <translation>身份证号码不正确，请核对后重新输入。</translation>
    </message>
    <message>
        <source>Say who the party is.</source>
        <translation>请说明当事人是谁。</translation>
    </message>
    <message>
        <source>Choose the party&apos;s role.</source>
        <translation>请选择当事人的身份（申请人、被申请人或其他）。</translation>
    </message>
    <message>
        <source>Choose the party from the search box.</source>
        <translation>请在搜索框中选择当事人。</translation>
    </message>
    <message>
        <source>A dispute has at least two parties; add the others.</source>
        <translation>纠纷至少有两名当事人，请补充其他当事人。</translation>
    </message>
    <message>
        <source>Choose the type of dispute.</source>
        <translation>请选择纠纷类型。</translation>
    </message>
    <message>
        <source>Write briefly what the dispute is about.</source>
        <translation>请填写纠纷简要情况。</translation>
    </message>
    <message>
        <source>Choose where the dispute came from.</source>
        <translation>请选择纠纷来源。</translation>
    </message>
    <message>
        <source>Choose the mediation level.</source>
        <translation>请选择调解层级。</translation>
    </message>
    <message>
        <source>{name} is a party to this dispute and cannot mediate it or be its case owner.</source>
        <translation>{name}是本纠纷的当事人，不能担任调解员或包案人。</translation>
    </message>
    <message>
        <source>The session cannot be before the screening ({day}).</source>
        <translation>调解日期不能早于排查日期（{day}）。</translation>
    </message>
    <message>
        <source>Name at least one mediator.</source>
        <translation>请至少填写一名调解员。</translation>
    </message>
    <message>
        <source>Write what was said in the session.</source>
        <translation>请填写调解情况。</translation>
    </message>
    <message>
        <source>No agreement was reached.</source>
        <translation>未达成协议，不能填写协议内容。</translation>
    </message>
    <message>
        <source>Write the reason, or that the parties were told of litigation and arbitration.</source>
        <translation>请写明理由，或已告知当事人可通过诉讼、仲裁解决。</translation>
    </message>
    <message>
        <source>Write the agreement.</source>
        <translation>请填写协议内容。</translation>
    </message>
    <message>
        <source>The time limit for performance cannot be before today.</source>
        <translation>履行期限不能早于今天。</translation>
    </message>
    <message>
        <source>This part of the agreement is required.</source>
        <translation>协议的这一部分必须填写。</translation>
    </message>
    <message>
        <source>Say how the agreement was kept.</source>
        <translation>请填写协议履行情况。</translation>
    </message>
    <message>
        <source>The follow-up comes after the time limit for performance ({day}).</source>
        <translation>回访须在履行期限（{day}）届满之后进行。</translation>
    </message>
    <message>
        <source>There is no agreement to perform.</source>
        <translation>没有需要履行的协议。</translation>
    </message>
    <message>
        <source>A dispute is closed only after its follow-up.</source>
        <translation>纠纷须经回访后才能销号。</translation>
    </message>
    <message>
        <source>The agreement was not performed; mediate again before closing.</source>
        <translation>协议未履行，须重新调解后才能销号。</translation>
    </message>
    <message>
        <source>The resident was not found.</source>
        <translation>未找到该居民。</translation>
    </message>
    <message>
        <source>The member was not found.</source>
        <translation>未找到该党员。</translation>
    </message>
    <message>
        <source>The household was not found.</source>
        <translation>未找到该户。</translation>
    </message>
    <message>
        <source>There is no dispute numbered {number}.</source>
        <translation>没有编号为 {number} 的纠纷。</translation>
    </message>
    <message>
        <source>The list needs at least one entry.</source>
        <extracomment>The WarningRules fields that are counts and those that switch a rule on or off. (橙, 红) thresholds of the same count: 橙 must fire first, so it stays below 红.</extracomment>
        <translation>列表至少要有一项。</translation>
    </message>
    <message>
        <source>The list has more than {most} entries.</source>
        <translation>列表最多 {most} 项。</translation>
    </message>
    <message>
        <source>Each entry has 1 to 20 characters.</source>
        <translation>每一项为 1 到 20 个字。</translation>
    </message>
    <message>
        <source>An entry is listed twice.</source>
        <translation>有一项重复了。</translation>
    </message>
    <message>
        <source>An entry may not contain emoji, symbols or invisible characters.</source>
        <translation>每一项不能含有表情符号、特殊符号或不可见字符。</translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to {top}.</source>
        <translation>请输入 1 到 {top} 之间的整数。</translation>
    </message>
    <message>
        <source>Choose on or off.</source>
        <translation>请选择启用或不启用。</translation>
    </message>
    <message>
        <source>The orange threshold must be below the red one ({red}), or orange never shows.</source>
        <translation>橙色预警的数值须小于红色预警的数值（{red}），否则不会出现橙色预警。</translation>
    </message>
    <message>
        <source>The name is too long: at most {limit} characters, this one has {count}.</source>
        <translation>名称过长：最多 {limit} 个字，现有 {count} 个。</translation>
    </message>
    <message>
        <source>The name may not contain emoji, symbols or invisible characters.</source>
        <translation>名称不能含有表情符号、特殊符号或不可见字符。</translation>
    </message>
    <message>
        <source>This dispute is “{state}”; “{action}” is not possible now.</source>
        <extracomment>action → {state the step may follow: where it usually leads}. Nothing else is allowed.</extracomment>
        <translation>该纠纷当前为“{state}”，现在不能“{action}”。</translation>
    </message>
    <message>
        <source>The dispute was not found.</source>
        <translation>未找到该纠纷。</translation>
    </message>
    <message>
        <source>The time is before the dispute&apos;s last step ({time}).</source>
        <translation>时间早于该纠纷的上一步（{time}）。</translation>
    </message>
    <message>
        <source>Risk of turning into a criminal case</source>
        <extracomment>The stable codes of the rules (kept in the history; never renamed).</extracomment>
        <translation>有民转刑风险</translation>
    </message>
    <message>
        <source>Mediation failed {count} times</source>
        <translation>调解未果 {count} 次</translation>
    </message>
    <message>
        <source>The police were called {count} times</source>
        <translation>报警 {count} 次</translation>
    </message>
    <message>
        <source>Signs of repeated, over-level or group petitions</source>
        <translation>有重复访、越级访、集体访苗头</translation>
    </message>
    <message>
        <source>{count} people involved</source>
        <translation>涉及 {count} 人</translation>
    </message>
    <message>
        <source>Threats of revenge</source>
        <translation>扬言报复</translation>
    </message>
    <message>
        <source>Weapons involved</source>
        <translation>持械</translation>
    </message>
    <message>
        <source>Rule “{code}”</source>
        <translation>规则“{code}”</translation>
    </message>
    <message>
        <source>The dispute already has this warning level.</source>
        <translation>该纠纷已是这一预警等级。</translation>
    </message>
    <message>
        <source>Give the reason for lowering a red warning.</source>
        <translation>降低红色预警必须写明理由。</translation>
    </message>
    <message>
        <source>Give the reason for changing the warning level.</source>
        <translation>调整预警等级必须写明理由。</translation>
    </message>
</context>
<context>
    <name>DisputeCloseDialog</name>
    <message>
        <source>Close the dispute</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>A dispute is closed (销号) only after a follow-up that did not find the agreement unperformed; its colour then turns green.</source>
        <translation>纠纷须经回访、且未发现协议未履行，方可销号；销号后预警转为绿色。</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>DisputeDetailDialog</name>
    <message>
        <source>Dispute {number}</source>
        <translation>纠纷 {number}</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Warning level history</source>
        <translation>预警等级变化</translation>
    </message>
    <message>
        <source>Mediation sessions</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Screened on:</source>
        <translation>排查日期：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>纠纷类型：</translation>
    </message>
    <message>
        <source>People involved:</source>
        <translation>涉及人数：</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>诱因：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>简要情况：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source> (taken over at the township by {name})</source>
        <translation>（乡镇包案人：{name}）</translation>
    </message>
    <message>
        <source>Case owner:</source>
        <translation>包案人：</translation>
    </message>
    <message>
        <source>Warning level:</source>
        <translation>预警等级：</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <source>none of the rules</source>
        <translation>未触发预警规则</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>set by {name}: {note}</source>
        <translation>{name} 调整：{note}</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <source>computed: {reasons}</source>
        <translation>按规则计算：{reasons}</translation>
    </message>
    <message>
        <source>Mediation ladder:</source>
        <translation>调解层级：</translation>
    </message>
    <message>
        <source>At this level since:</source>
        <translation>本层级起始：</translation>
    </message>
    <message>
        <source>Level time limit:</source>
        <translation>层级期限：</translation>
    </message>
    <message>
        <source> (extended with the parties&apos; consent)</source>
        <translation>（经当事人同意已延长）</translation>
    </message>
    <message>
        <source>Case time limit:</source>
        <translation>调解期限：</translation>
    </message>
    <message>
        <source>Mediation result:</source>
        <translation>调解结果：</translation>
    </message>
    <message>
        <source>Agreement number:</source>
        <translation>协议编号：</translation>
    </message>
    <message>
        <source>Basic facts:</source>
        <translation>基本情况：</translation>
    </message>
    <message>
        <source>Facts and issues:</source>
        <translation>主要事实和争议：</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>协议内容：</translation>
    </message>
    <message>
        <source>Manner of performance:</source>
        <translation>履行方式：</translation>
    </message>
    <message>
        <source>To be performed by:</source>
        <translation>履行期限：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Performance:</source>
        <translation>履行情况：</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DisputeEscalateDialog</name>
    <message>
        <source>Move up a mediation level</source>
        <translation>上移调解层级</translation>
    </message>
    <message>
        <source>From {level} to {up}.</source>
        <translation>由{level}上移至{up}。</translation>
    </message>
    <message>
        <source>Offered because: {why}</source>
        <translation>建议上移的原因：{why}</translation>
    </message>
    <message>
        <source>Neither has the level&apos;s time run out nor has the last session failed.</source>
        <translation>本层级调解期限未到，最近一次调解也未失败。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>上移理由：</translation>
    </message>
</context>
<context>
    <name>DisputeExtendDialog</name>
    <message>
        <source>Extend the mediation period</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>The case&apos;s last day now: {day}</source>
        <translation>当前调解期限：{day}</translation>
    </message>
    <message>
        <source>New last day:</source>
        <translation>延长至：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>延长理由：</translation>
    </message>
    <message>
        <source>Consented:</source>
        <translation>同意延长的当事人：</translation>
    </message>
</context>
<context>
    <name>DisputeFilterBar</name>
    <message>
        <source>Any level</source>
        <extracomment>The levels the level filter offers (open disputes; closed ones are green).</extracomment>
        <translation>任意预警等级</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Any mediation level</source>
        <translation>任意调解层级</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Screened:</source>
        <translation>排查日期：</translation>
    </message>
</context>
<context>
    <name>DisputeFollowUpDialog</name>
    <message>
        <source>Follow up the dispute</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Performance:</source>
        <translation>履行情况：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>A hidden danger remains</source>
        <translation>仍有隐患</translation>
    </message>
    <message>
        <source>Hidden danger:</source>
        <translation>是否仍有隐患：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>回访情况：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>回访时间：</translation>
    </message>
    <message>
        <source>2026-05-20 09:30</source>
        <translation>2026-05-20 09:30</translation>
    </message>
    <message>
        <source>“Not performed” sends the dispute back to mediation.</source>
        <translation>选“未履行”的，纠纷转回重新调解。</translation>
    </message>
</context>
<context>
    <name>DisputeHandOverDialog</name>
    <message>
        <source>Change the case owner</source>
        <translation>更换包案人</translation>
    </message>
    <message>
        <source>Case owner now: {name}</source>
        <translation>当前包案人：{name}</translation>
    </message>
    <message>
        <source>New case owner:</source>
        <translation>新包案人：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>更换理由：</translation>
    </message>
</context>
<context>
    <name>DisputeLevelDialog</name>
    <message>
        <source>Change the warning level</source>
        <translation>调整预警等级</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <source>computed by the rules</source>
        <translation>按规则计算</translation>
    </message>
    <message>
        <source>Level in force: {level} ({how})</source>
        <translation>当前预警等级：{level}（{how}）</translation>
    </message>
    <message>
        <source>Reasons: {reasons}</source>
        <translation>预警原因：{reasons}</translation>
    </message>
    <message>
        <source>No rule for orange or red applies.</source>
        <translation>未触发橙色或红色预警条件。</translation>
    </message>
    <message>
        <source>New level:</source>
        <translation>调整为：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>调整理由：</translation>
    </message>
</context>
<context>
    <name>DisputePapers</name>
    <message>
        <source>Mediation papers</source>
        <translation>调解文书</translation>
    </message>
    <message>
        <source>Copy {n} of {total}, kept by the party {name}</source>
        <translation>第{n}份（共{total}份） 当事人{name}执</translation>
    </message>
    <message>
        <source>Copy {n} of {total}, kept in the committee&apos;s file</source>
        <translation>第{n}份（共{total}份） 人民调解委员会存档</translation>
    </message>
    <message>
        <source>This agreement is made in {total} copies: each party keeps one and the people&apos;s mediation committee keeps one. It takes effect when every party has signed it (or set a fingerprint on it), the people&apos;s mediators have signed it and the committee has sealed it. A mediation agreement is legally binding and the parties shall perform it as agreed (People&apos;s Mediation Law, article 31).</source>
        <translation>本协议书一式{total}份，当事人各执一份，人民调解委员会留存一份。本协议自各方当事人签名（盖章或者按指印）、人民调解员签名并加盖人民调解委员会印章之日起生效。经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行（《中华人民共和国人民调解法》第三十一条）。</translation>
    </message>
    <message>
        <source>Case number: {number}</source>
        <translation>案件编号：{number}</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Basic facts</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Main facts and points in dispute</source>
        <translation>主要事实和争议</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>People&apos;s mediation case file</source>
        <translation>人民调解卷宗</translation>
    </message>
    <message>
        <source>Documents in the file</source>
        <translation>卷内文件目录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{title} (session {n})</source>
        <translation>{title}（第{n}次）</translation>
    </message>
    <message>
        <source>{type} dispute</source>
        <translation>{type}纠纷</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>卷宗号</translation>
    </message>
    <message>
        <source>Cause of the case</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Mediation result</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>协议书编号</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>立卷人</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Date:      year    month    day</source>
        <translation>日期：      年    月    日</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>按手印</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>（印章）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation>编号：{number}</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>People&apos;s mediators</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <source>Terms of the agreement</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Manner and time limit of performance</source>
        <translation>履行方式和期限</translation>
    </message>
    <message>
        <source>To be performed by {day}.</source>
        <translation>履行期限：{day}前履行完毕。</translation>
    </message>
    <message>
        <source>{role} (signature)</source>
        <translation>{role}（签名）</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>排查日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Mediation level</source>
        <translation>当前层级</translation>
    </message>
    <message>
        <source>Case owner</source>
        <translation>包案人</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>发生地点</translation>
    </message>
    <message>
        <source>The above is true. I apply of my own free will for mediation by the people&apos;s mediation committee.</source>
        <translation>以上情况属实，本人自愿申请人民调解委员会调解。</translation>
    </message>
    <message>
        <source>Examined: the dispute may be mediated by the people&apos;s mediation committee; accepted.</source>
        <translation>经审查，该纠纷属于人民调解委员会调解范围，予以受理。</translation>
    </message>
    <message>
        <source>Accepted by (signature)</source>
        <translation>受理人（签名）</translation>
    </message>
    <message>
        <source>Person in charge (signature)</source>
        <translation>负责人（签名）</translation>
    </message>
    <message>
        <source>The dispute and what is asked</source>
        <translation>纠纷简要情况及申请事项</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>纠纷起因</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>受理意见</translation>
    </message>
    <message>
        <source>Session {n}</source>
        <translation>第{n}次调解</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>调解次数</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>调解日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Parties present</source>
        <translation>到场当事人</translation>
    </message>
    <message>
        <source>What was said and done</source>
        <translation>调解情况</translation>
    </message>
    <message>
        <source>Recorded by (signature)</source>
        <translation>记录人（签名）</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>The dispute</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>Registered by (signature)</source>
        <translation>登记人（签名）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Performance due</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>Follow-up {n}</source>
        <translation>第{n}次回访</translation>
    </message>
    <message>
        <source>Followed up on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Hidden danger remains</source>
        <translation>是否仍有隐患</translation>
    </message>
    <message>
        <source>Followed up by (signature)</source>
        <translation>回访人（签名）</translation>
    </message>
    <message>
        <source>Parties visited</source>
        <translation>被回访当事人</translation>
    </message>
    <message>
        <source>Case file cover</source>
        <translation>卷宗封面</translation>
    </message>
    <message>
        <source>People&apos;s mediation application and acceptance form</source>
        <translation>人民调解申请书及受理登记表</translation>
    </message>
    <message>
        <source>Mediation record</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>People&apos;s mediation agreement</source>
        <translation>人民调解协议书</translation>
    </message>
    <message>
        <source>Registration form of an oral agreement</source>
        <translation>口头协议登记表</translation>
    </message>
    <message>
        <source>Follow-up record</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>{month}/{day}/{year}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>{station} people&apos;s mediation committee</source>
        <extracomment>What a station&apos;s name may end with beyond the village or community it serves.</extracomment>
        <translation>{station}人民调解委员会</translation>
    </message>
    <message>
        <source>Monthly report on screening and settling disputes</source>
        <translation>矛盾纠纷排查化解月报</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>按纠纷类型</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>按来源</translation>
    </message>
    <message>
        <source>By warning level</source>
        <translation>按预警等级</translation>
    </message>
    <message>
        <source>By mediation level</source>
        <translation>按调解层级</translation>
    </message>
    <message>
        <source>By result</source>
        <translation>按调解结果</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Criminal cases prevented: {cases} cases, {people} people</source>
        <translation>防止民转刑 {cases}件{people}人</translation>
    </message>
    <message>
        <source>Group petitions prevented: {cases} cases</source>
        <translation>防止群体性上访 {cases}件</translation>
    </message>
    <message>
        <source>Period: {first} – {last}</source>
        <translation>统计期间：{first}至{last}</translation>
    </message>
    <message>
        <source>Disputes screened in the period: {cases}, involving {people} people; settled by agreement in the period: {settled}.</source>
        <translation>本期排查矛盾纠纷 {cases} 件，涉及 {people} 人；本期调解达成协议 {settled} 件。</translation>
    </message>
    <message>
        <source>The parts count the disputes screened in the period. The prevention figures count the disputes settled by agreement in the period, whenever they were screened.</source>
        <translation>各分项统计本期排查的纠纷；防止民转刑、防止群体性上访统计本期调解达成协议的纠纷（不论何时排查）。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>DisputePerformDialog</name>
    <message>
        <source>Record the performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Time limit for performance: {day}</source>
        <translation>履行期限：{day}</translation>
    </message>
    <message>
        <source>Performance:</source>
        <translation>履行情况：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>“Not performed” sends the dispute back to mediation.</source>
        <translation>选“未履行”的，纠纷转回重新调解。</translation>
    </message>
</context>
<context>
    <name>DisputeRecordDialog</name>
    <message>
        <source>Record a dispute</source>
        <translation>新增纠纷</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>当事人：</translation>
    </message>
    <message>
        <source>as many as the parties</source>
        <translation>同当事人人数</translation>
    </message>
    <message>
        <source>People involved:</source>
        <translation>涉及人数：</translation>
    </message>
    <message>
        <source>Search the households: address, or a resident&apos;s name, pinyin or ID number</source>
        <translation>搜索户：住址，或居民姓名、拼音、身份证号</translation>
    </message>
    <message>
        <source>Add the household</source>
        <translation>添加此户</translation>
    </message>
    <message>
        <source>Households:</source>
        <translation>涉及户：</translation>
    </message>
    <message>
        <source>The resident parties&apos; own households are added by themselves.</source>
        <translation>当事人为居民的，其所在户自动列入。</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>纠纷类型：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Screened on:</source>
        <translation>排查日期：</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>诱因：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>简要情况：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Threats of revenge</source>
        <translation>扬言报复</translation>
    </message>
    <message>
        <source>Weapons involved</source>
        <translation>持械</translation>
    </message>
    <message>
        <source>Signs of repeated, over-level or group petitions</source>
        <translation>重复访、越级访、集体访苗头</translation>
    </message>
    <message>
        <source>Elderly, infirm, sick or disabled people involved</source>
        <translation>涉及老弱病残</translation>
    </message>
    <message>
        <source>Risk of turning into a criminal case</source>
        <translation>民转刑风险</translation>
    </message>
    <message>
        <source>Risk factors:</source>
        <translation>风险因素：</translation>
    </message>
    <message>
        <source>Police called (times):</source>
        <translation>报警次数：</translation>
    </message>
    <message>
        <source>Failed mediations (times):</source>
        <translation>调解未果次数：</translation>
    </message>
    <message>
        <source>Warning level:</source>
        <translation>预警等级：</translation>
    </message>
    <message>
        <source>Mediation starts at:</source>
        <translation>起始调解层级：</translation>
    </message>
    <message>
        <source>Case owner:</source>
        <translation>包案人：</translation>
    </message>
    <message>
        <source>(none besides the parties&apos;)</source>
        <translation>（当事人所在户之外无）</translation>
    </message>
    <message>
        <source>Turn request {number} into a dispute</source>
        <translation>将诉求 {number} 转为矛盾纠纷</translation>
    </message>
</context>
<context>
    <name>DisputeReopenDialog</name>
    <message>
        <source>Mediate again</source>
        <translation>重新调解</translation>
    </message>
    <message>
        <source>The dispute goes back to mediation at its current level.</source>
        <translation>纠纷在当前层级重新进入调解。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>重新调解理由：</translation>
    </message>
</context>
<context>
    <name>DisputeSessionDialog</name>
    <message>
        <source>Record a mediation session</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>调解日期：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>调解地点：</translation>
    </message>
    <message>
        <source>Mediators:</source>
        <translation>调解人员：</translation>
    </message>
    <message>
        <source>several names separated by 、</source>
        <translation>多人用“、”分隔</translation>
    </message>
    <message>
        <source>Parties present:</source>
        <translation>到场当事人：</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>调解情况：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>调解结果：</translation>
    </message>
</context>
<context>
    <name>DisputeSettingsForm</name>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Restore the default rules</source>
        <translation>恢复默认规则</translation>
    </message>
    <message>
        <source>Dispute types</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>The types a new dispute can be given, each of 1 to {limit} characters. Disputes already recorded keep the type they were given.</source>
        <translation>新登记的纠纷可选的类型，每一项 1 到 {limit} 个字。已登记的纠纷保留原来的类型。</translation>
    </message>
    <message>
        <source>Red warning when any of these holds</source>
        <translation>符合下列任一条件即为红色预警</translation>
    </message>
    <message>
        <source>Risk of turning into a criminal case</source>
        <translation>有民转刑风险</translation>
    </message>
    <message>
        <source>Signs of repeated, over-level or group petitions</source>
        <translation>有重复访、越级访或集体访苗头</translation>
    </message>
    <message>
        <source> times or more</source>
        <translation> 次及以上</translation>
    </message>
    <message>
        <source>Failed mediations</source>
        <translation>调解未果</translation>
    </message>
    <message>
        <source>Police calls</source>
        <translation>多次报警</translation>
    </message>
    <message>
        <source> people or more</source>
        <translation> 人及以上</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Orange warning, when not red, when any of these holds</source>
        <translation>不属红色预警、且符合下列任一条件即为橙色预警</translation>
    </message>
    <message>
        <source>Threats of revenge</source>
        <translation>扬言报复</translation>
    </message>
    <message>
        <source>Weapons involved</source>
        <translation>持械</translation>
    </message>
    <message>
        <source>Otherwise a dispute is yellow. Failed mediations count those known when it was recorded and the failed sessions since. The rules apply to the levels computed from now on; levels already given stay.</source>
        <translation>其余纠纷为黄色预警。调解未果次数包括登记时已知的次数和此后未成功的调解。规则只用于今后计算的预警等级，已有的等级不变。</translation>
    </message>
    <message>
        <source>Mediation levels and papers</source>
        <translation>调解层级与文书</translation>
    </message>
    <message>
        <source>Days at each level</source>
        <translation>每级调解时限</translation>
    </message>
    <message>
        <source>How long the family, the villager group and the village committee each have before the dispute is offered to move up a level.</source>
        <translation>家族调解员、村民小组调解组和村调委会各自的调解天数，到期后提示上移层级。</translation>
    </message>
    <message>
        <source>Mediation committee</source>
        <translation>调解委员会名称</translation>
    </message>
    <message>
        <source>The name the mediation papers are sealed by, at most {limit} characters. Leave it empty to use “{derived}”, from the station&apos;s name.</source>
        <translation>调解文书上盖章的调解委员会名称，最多 {limit} 个字。留空则使用由站点名称得出的“{derived}”。</translation>
    </message>
    <message>
        <source>The name the mediation papers are sealed by, at most {limit} characters.</source>
        <translation>调解文书上盖章的调解委员会名称，最多 {limit} 个字。</translation>
    </message>
</context>
<context>
    <name>DisputeSettleDialog</name>
    <message>
        <source>Record the mediation result</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>调解结果：</translation>
    </message>
    <message>
        <source>Basic facts:</source>
        <translation>基本情况：</translation>
    </message>
    <message>
        <source>Main facts and issues:</source>
        <translation>主要事实和争议：</translation>
    </message>
    <message>
        <source>Terms agreed:</source>
        <translation>协议内容：</translation>
    </message>
    <message>
        <source>Manner of performance:</source>
        <translation>履行方式：</translation>
    </message>
    <message>
        <source>Time limit for performance:</source>
        <translation>履行期限：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>For a failed mediation: that the parties were told of litigation and arbitration; for a termination: the reason.</source>
        <translation>调解不成的，写明已告知当事人可依法提起诉讼或申请仲裁；终止调解的，写明理由。</translation>
    </message>
</context>
<context>
    <name>DisputeStepForm</name>
    <message>
        <source>Choose one.</source>
        <translation>请选择一项。</translation>
    </message>
    <message>
        <source>Give the time limit for performance.</source>
        <translation>请填写履行期限。</translation>
    </message>
    <message>
        <source>{number} · {state} · {colour}</source>
        <translation>{number} · {state} · {colour}</translation>
    </message>
    <message>
        <source>Parties: {names}</source>
        <translation>当事人：{names}</translation>
    </message>
    <message>
        <source>2026-05-20</source>
        <translation>2026-05-20</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
</context>
<context>
    <name>DisputesPage</name>
    <message>
        <source>Search: number, summary, a party&apos;s name, pinyin or phone</source>
        <extracomment>Read with each row besides the shown columns: the row&apos;s station (own rows take steps). The colour of each warning level (the word is always shown beside it).</extracomment>
        <translation>搜索：编号、简要情况、当事人姓名、拼音或电话</translation>
    </message>
    <message>
        <source>Move up a level…</source>
        <translation>上移层级…</translation>
    </message>
    <message>
        <source>This dispute may move up a level: {reasons}</source>
        <translation>此纠纷可上移一级调解：{reasons}</translation>
    </message>
    <message>
        <source>All disputes</source>
        <translation>全部纠纷</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>未销号纠纷</translation>
    </message>
    <message>
        <source>Level time running out</source>
        <translation>层级期限将到</translation>
    </message>
    <message>
        <source>Awaiting follow-up</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Mediation session…</source>
        <extracomment>The step buttons and the steps of the &quot;More steps&quot; menu, with their labels.
----------
The step buttons: the action each takes, its label and its dialog.</extracomment>
        <translation>调解记录…</translation>
    </message>
    <message>
        <source>Mediation result…</source>
        <translation>调解结果…</translation>
    </message>
    <message>
        <source>Performance…</source>
        <translation>履行…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Close the case…</source>
        <translation>销号…</translation>
    </message>
    <message>
        <source>Change the warning level…</source>
        <extracomment>The steps of the &quot;More steps&quot; menu.</extracomment>
        <translation>调整预警等级…</translation>
    </message>
    <message>
        <source>Extend the mediation period…</source>
        <translation>延长调解期限…</translation>
    </message>
    <message>
        <source>Change the case owner…</source>
        <translation>更换包案人…</translation>
    </message>
    <message>
        <source>Mediate again…</source>
        <translation>重新调解…</translation>
    </message>
    <message>
        <source>Reading the disputes…</source>
        <translation>正在读取矛盾纠纷……</translation>
    </message>
    <message>
        <source>New dispute…</source>
        <translation>新增纠纷…</translation>
    </message>
    <message>
        <source>More steps</source>
        <translation>更多环节</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>{count} disputes</source>
        <translation>共 {count} 件</translation>
    </message>
</context>
<context>
    <name>DisputesSection</name>
    <message>
        <source>Record a dispute…</source>
        <extracomment>编号, 排查日期, 当事人, 类型, 预警等级, 状态, 包案人 (the dispute register&apos;s own columns).</extracomment>
        <translation>登记纠纷…</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>保存错误报告…</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>Kept past the retention setting</source>
        <translation>保存已超过期限的人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Review each person; the program never deletes anyone by itself.</source>
        <translation>请逐一核对；程序从不自行删除任何人。</translation>
    </message>
    <message>
        <source>Nobody is kept longer than the retention setting.</source>
        <translation>没有保存超过期限的人员。</translation>
    </message>
</context>
<context>
    <name>Education</name>
    <message>
        <source>Unknown education level: {value}.</source>
        <translation>无法识别的学历：{value}。请填写研究生、大学本科、大学专科、中专、高中、初中或小学及以下。</translation>
    </message>
</context>
<context>
    <name>EndClaimDialog</name>
    <message>
        <source>End the claim of {name}</source>
        <translation>结束 {name} 的岗位认领</translation>
    </message>
    <message>
        <source>Ended on *</source>
        <translation>结束日期 *</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Confirm the township</source>
        <translation>确认所属乡镇</translation>
    </message>
    <message>
        <source>The enrolment file names the township {name} ({code}). Compare the fingerprint below, group by group, with the one printed on the township&apos;s enrolment sheet.</source>
        <translation>登记文件所属乡镇：{name}（{code}）。请将下面的指纹与乡镇打印的登记单逐组核对。</translation>
    </message>
    <message>
        <source>I understand: the township trusted now will no longer receive this station&apos;s data.</source>
        <translation>我已了解：当前所属乡镇将不再收到本站的数据。</translation>
    </message>
    <message>
        <source>The fingerprints match: enrol</source>
        <translation>指纹一致，确认登记</translation>
    </message>
    <message>
        <source>This township is trusted already; enrolling again changes nothing.</source>
        <translation>已登记该乡镇，再次登记不会有任何改变。</translation>
    </message>
    <message>
        <source>This is a new key of the township trusted now; its old key ({known}) signed it.</source>
        <translation>这是当前所属乡镇的新密钥，已由其旧密钥（{known}）签名。</translation>
    </message>
    <message>
        <source>Warning: this station trusts {name} ({code}), fingerprint {known}, and that key did not sign this file. If you enrol, every later package goes only to the new township, with all the station&apos;s records. Do this only if the township itself told you so; otherwise cancel and call the township.</source>
        <translation>警告：本站当前信任 {name}（{code}），指纹 {known}，而该密钥没有为此文件签名。如果登记，此后所有同步包（包含本站全部记录）只发给新的乡镇。只有乡镇亲自通知您时才这样做；否则请取消并与乡镇联系。</translation>
    </message>
    <message>
        <source>If the fingerprints differ, cancel and call the township.</source>
        <translation>如果指纹不一致，请取消并与乡镇联系。</translation>
    </message>
</context>
<context>
    <name>EnrolmentSheet</name>
    <message>
        <source>Township sync enrolment sheet</source>
        <translation>乡镇数据同步登记单</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>登记文件</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Township key fingerprint</source>
        <translation>乡镇密钥指纹</translation>
    </message>
    <message>
        <source>The township keeps a copy of this sheet; the village keeps this sheet with its records.</source>
        <translation>本单一式两份，乡镇留存一份，村（社区）留存一份备查。</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>第{n}组</translation>
    </message>
    <message>
        <source>On the Data sync page of VillageDesk, import the enrolment file named above.</source>
        <translation>在 VillageDesk 的“数据同步”页导入上方所列的登记文件。</translation>
    </message>
    <message>
        <source>The program shows the township&apos;s name, division code and key fingerprint. Nothing has been saved yet.</source>
        <translation>程序会显示乡镇的名称、行政区划代码和密钥指纹，此时尚未保存任何内容。</translation>
    </message>
    <message>
        <source>Check the name and the division code against this sheet, then compare the fingerprint on the screen with the one printed above, group by group, character by character.</source>
        <translation>先核对乡镇名称和行政区划代码是否与本单一致，再将屏幕上的指纹与上方所印指纹逐组、逐个字符比对。</translation>
    </message>
    <message>
        <source>Only when all four groups are exactly the same, confirm the enrolment.</source>
        <translation>四组完全一致后，方可确认登记。</translation>
    </message>
    <message>
        <source>If even one character differs, do not confirm. Call the township at once: the file may not come from the township.</source>
        <translation>只要有一个字符不同，切勿确认，请立即致电乡镇核实：该文件可能并非乡镇所发。</translation>
    </message>
    <message>
        <source>For the village (community) station: check before you confirm</source>
        <translation>村（社区）操作步骤：先核对，后确认</translation>
    </message>
    <message>
        <source>Township officer (signature)</source>
        <translation>乡镇经办人（签字）</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Township seal</source>
        <translation>乡镇（盖章）</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Party branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>In-service member</source>
        <translation>在职党员</translation>
    </message>
    <message>
        <source>Mobile member</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <source>Veteran member</source>
        <translation>老党员</translation>
    </message>
    <message>
        <source>Member in hardship</source>
        <translation>困难党员</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>离退休</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <extracomment>What people write for each category in forms, commands and spreadsheets, besides its code.</extracomment>
        <translation>研究生</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>大学本科</translation>
    </message>
    <message>
        <source>College (junior)</source>
        <translation>大学专科</translation>
    </message>
    <message>
        <source>Secondary vocational</source>
        <translation>中专</translation>
    </message>
    <message>
        <source>Senior high school</source>
        <translation>高中</translation>
    </message>
    <message>
        <source>Junior high school</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Primary school or below</source>
        <translation>小学及以下</translation>
    </message>
    <message>
        <source>On roll</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Membership suspended</source>
        <translation>停止党籍</translation>
    </message>
    <message>
        <source>Left the Party</source>
        <translation>出党</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记入册</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Membership restored</source>
        <translation>恢复党籍</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Village / community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Villager representative</source>
        <translation>村民代表</translation>
    </message>
    <message>
        <source>Private business owner</source>
        <translation>个体私营企业主</translation>
    </message>
    <message>
        <source>Poor / lifted out of poverty</source>
        <translation>贫困户/脱贫户</translation>
    </message>
    <message>
        <source>Subsistence allowance</source>
        <translation>低保户</translation>
    </message>
    <message>
        <source>Five guarantees</source>
        <translation>五保户</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Left-behind children</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Left-behind women</source>
        <translation>留守妇女</translation>
    </message>
    <message>
        <source>Left-behind elderly</source>
        <translation>留守老人</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>上访户</translation>
    </message>
    <message>
        <source>Military family</source>
        <translation>军属</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>子</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Retired cadre</source>
        <translation>老干部</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Poor household</source>
        <translation>贫困户</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Competent</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Basically competent</source>
        <translation>基本合格</translation>
    </message>
    <message>
        <source>Not competent</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>名单内</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>名单外</translation>
    </message>
    <message>
        <source>Reported {date}</source>
        <translation>已报到 {date}</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报到</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Payload records: record type (syncable table name) → rows as plain dicts (FKs as uuids). An accepted village at a township (the same row shape as the village&apos;s township peer).</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Partly solved</source>
        <translation>部分解决</translation>
    </message>
    <message>
        <source>Not solved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Already before a court</source>
        <translation>已进入诉讼程序</translation>
    </message>
    <message>
        <source>Already in arbitration</source>
        <translation>已进入仲裁程序</translation>
    </message>
    <message>
        <source>Already in the petition procedure</source>
        <translation>已进入信访程序</translation>
    </message>
    <message>
        <source>Outside the station&apos;s remit</source>
        <translation>不属于本站职责范围</translation>
    </message>
    <message>
        <source>Against the law or public order</source>
        <translation>违反法律法规或公序良俗</translation>
    </message>
    <message>
        <source>No actual request</source>
        <translation>无实质诉求</translation>
    </message>
    <message>
        <source>Other grounds</source>
        <translation>其他理由</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Request for help</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Report of wrongdoing</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>复杂</translation>
    </message>
    <message>
        <source>Found in screening</source>
        <translation>排查发现</translation>
    </message>
    <message>
        <source>Applied for by a party</source>
        <translation>当事人申请</translation>
    </message>
    <message>
        <source>Reported by residents</source>
        <translation>群众反映</translation>
    </message>
    <message>
        <source>Turned from a request</source>
        <translation>诉求转入</translation>
    </message>
    <message>
        <source>Handed over by the police station</source>
        <translation>派出所移交</translation>
    </message>
    <message>
        <source>Entrusted by a court</source>
        <translation>法院委托</translation>
    </message>
    <message>
        <source>Assigned from above</source>
        <translation>上级交办</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Name typed in</source>
        <translation>手动填写</translation>
    </message>
    <message>
        <source>Family mediator</source>
        <translation>家族调解员</translation>
    </message>
    <message>
        <source>Villager group mediation team</source>
        <translation>村民小组调解组</translation>
    </message>
    <message>
        <source>Village mediation committee</source>
        <translation>村（居）调解委员会</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>To be assigned</source>
        <translation>待分派</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>待签收</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Escalated to the township</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Being mediated</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>Awaiting performance</source>
        <translation>待履行</translation>
    </message>
    <message>
        <source>Awaiting follow-up</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Mediation session</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>Move up a level</source>
        <translation>上移层级</translation>
    </message>
    <message>
        <source>Extend the mediation period</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>Change the case owner</source>
        <translation>更换包案人</translation>
    </message>
    <message>
        <source>Taken over by the township</source>
        <translation>乡镇包案</translation>
    </message>
    <message>
        <source>Mediation result</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行</translation>
    </message>
    <message>
        <source>Mediate again</source>
        <translation>重新调解</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>Sign for it</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>转派</translation>
    </message>
    <message>
        <source>Work record</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Escalate to the township</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Township&apos;s reply</source>
        <translation>上级答复</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重办</translation>
    </message>
    <message>
        <source>Merge into another request</source>
        <translation>合并到其他诉求</translation>
    </message>
    <message>
        <source>Another request merged in</source>
        <translation>并入其他诉求</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>达成一致</translation>
    </message>
    <message>
        <source>To be continued</source>
        <translation>继续调解</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>调解未果</translation>
    </message>
    <message>
        <source>Written agreement</source>
        <translation>达成书面协议</translation>
    </message>
    <message>
        <source>Oral agreement</source>
        <translation>达成口头协议</translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Partly performed</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Data-entry clerk</source>
        <translation>录入员</translation>
    </message>
    <message>
        <source>Read-only viewer</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Read the registers</source>
        <translation>查看登记表</translation>
    </message>
    <message>
        <source>Enter and edit records</source>
        <translation>录入和修改记录</translation>
    </message>
    <message>
        <source>Import spreadsheets</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <source>Show full ID numbers and phones</source>
        <translation>显示完整证件号码和电话</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>Print personal data</source>
        <translation>打印个人信息</translation>
    </message>
    <message>
        <source>Print public notices</source>
        <translation>打印公示</translation>
    </message>
    <message>
        <source>Manage accounts</source>
        <translation>管理账号</translation>
    </message>
    <message>
        <source>Make backups</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>Restore backups</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Sync with the township</source>
        <translation>与乡镇同步数据</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <source>Change the settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <source>Full number shown</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>Personal data printed</source>
        <translation>打印个人信息</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>Auto-login switched on</source>
        <translation>开启免登录</translation>
    </message>
    <message>
        <source>Auto-login switched off</source>
        <translation>关闭免登录</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Escalate to the township</source>
        <translation>上报乡镇（吹哨）</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>乡镇部门：</translation>
    </message>
    <message>
        <source>What is asked:</source>
        <translation>请求事项：</translation>
    </message>
</context>
<context>
    <name>EscalatedBox</name>
    <message>
        <source>Requests escalated to the township</source>
        <translation>上报到乡镇的诉求</translation>
    </message>
    <message>
        <source>Reply…</source>
        <extracomment>Opens the reply dialog (tests replace it).</extracomment>
        <translation>答复…</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>上报事项</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Not replied</source>
        <translation>未答复</translation>
    </message>
    <message>
        <source>Replied; goes in the next receipt: {text}</source>
        <translation>已答复，随下一份回执发回：{text}</translation>
    </message>
    <message>
        <source>Replied; in a receipt: {text}</source>
        <translation>已答复，已写入回执：{text}</translation>
    </message>
    <message>
        <source>{n} request(s) escalated; {waiting} not replied yet.</source>
        <translation>共 {n} 件上报的诉求，{waiting} 件尚未答复。</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>请先选择一件诉求。</translation>
    </message>
    <message>
        <source>The reply goes to {village} in its next receipt.</source>
        <translation>答复将随{village}的下一份回执发回。</translation>
    </message>
</context>
<context>
    <name>EscalationReplyDialog</name>
    <message>
        <source>Record the township&apos;s reply</source>
        <translation>登记乡镇答复</translation>
    </message>
    <message>
        <source>Department&apos;s reply:</source>
        <translation>部门答复：</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported {count} rows to:
{path}</source>
        <translation>已导出{count}行，保存至：
{path}</translation>
    </message>
    <message>
        <source>Exporting to Excel</source>
        <translation>正在导出Excel</translation>
    </message>
    <message>
        <source>Party member import template</source>
        <translation>党员花名册导入模板</translation>
    </message>
    <message>
        <source>Resident import template</source>
        <translation>户籍居民导入模板</translation>
    </message>
    <message>
        <source>Import template saved to:
{path}</source>
        <translation>导入模板已保存至：
{path}</translation>
    </message>
    <message>
        <source>Writing the import template</source>
        <translation>正在生成导入模板</translation>
    </message>
</context>
<context>
    <name>ExpectedDialog</name>
    <message>
        <source>Add to the expected list of {year}</source>
        <translation>加入{year}年度应报到名单</translation>
    </message>
    <message>
        <source>empty: the member&apos;s work unit</source>
        <translation>不填则为党员登记的工作单位</translation>
    </message>
    <message>
        <source>Member *</source>
        <translation>党员 *</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Unit&apos;s notice dated</source>
        <translation>单位通知日期</translation>
    </message>
</context>
<context>
    <name>ExpectedTab</name>
    <message>
        <source>Add to the list…</source>
        <translation>加入名单…</translation>
    </message>
    <message>
        <source>Remove from the list…</source>
        <translation>移出名单…</translation>
    </message>
    <message>
        <source>Only those not yet reported</source>
        <translation>只看未报到</translation>
    </message>
    <message>
        <source>All work units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Show the members of every work unit again</source>
        <translation>重新显示所有单位的党员</translation>
    </message>
    <message>
        <source>Click a work unit to list only its members</source>
        <translation>点击一个单位，只看该单位的党员</translation>
    </message>
    <message>
        <source>{year}: {expected} expected, {reported} reported, {left} still to report</source>
        <translation>{year}年度：应报到 {expected} 人，已报到 {reported} 人，尚有 {left} 人未报到</translation>
    </message>
    <message>
        <source>Remove from the expected list</source>
        <translation>移出应报到名单</translation>
    </message>
    <message>
        <source>The line is kept in the history with the reason.</source>
        <translation>该记录连同原因保留在历史中。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Writing {title} to Excel…</source>
        <extracomment>What starts a formula in Excel, WPS or LibreOffice when the cell is typed into (tab and CR too: a spreadsheet program may drop them and read what follows).</extracomment>
        <translation>正在将{title}导出为Excel…</translation>
    </message>
    <message>
        <source>Saving the Excel file…</source>
        <translation>正在保存Excel文件…</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the time limit</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Current time limit: {due}</source>
        <translation>现办理时限：{due}</translation>
    </message>
    <message>
        <source>New time limit:</source>
        <translation>延期至：</translation>
    </message>
    <message>
        <source>2026-05-30</source>
        <translation>2026-05-30</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>延期原因：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <source>An unexpected error stopped the work ({error}). What was being saved was not saved. Try again; if it happens again, restart VillageDesk and tell your technical contact the name in brackets.</source>
        <translation>发生意外错误，操作已停止（{error}）。正在保存的内容没有保存。请再试一次；如果仍然出现，请重新启动 VillageDesk，并把括号中的名称告诉技术支持人员。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>路径中有一部分是文件，不是文件夹</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation>路径太长</translation>
    </message>
    <message>
        <source>the disk could not be read or written (is the USB stick still plugged in?)</source>
        <translation>磁盘无法读写（U盘是否还插着？）</translation>
    </message>
    <message>
        <source>a file of that name exists already</source>
        <translation>已有同名文件</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>文件夹不是空的</translation>
    </message>
    <message>
        <source>it is in use by another program</source>
        <translation>正被其他程序使用</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>打开的文件太多</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>这是一个设备，不是文件</translation>
    </message>
    <message>
        <source>the system refused it ({code})</source>
        <translation>系统拒绝了操作（{code}）</translation>
    </message>
    <message>
        <source>it is a device or a pipe, not a file</source>
        <translation>这是一个设备或管道，不是文件</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space (empty the recycle bin, delete files you no longer need) and try again.</source>
        <translation>磁盘已满，没有保存任何内容。请腾出空间（清空回收站、删除不再需要的文件）后再试。</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>On-time response rate</source>
        <translation>按时响应率</translation>
    </message>
    <message>
        <source>On-time completion rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>解决率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Reopening rate</source>
        <translation>重办率</translation>
    </message>
    <message>
        <source>Requests signed for within the response limit ÷ requests due a response (signed for, or still unsigned past the limit). The limit is {urgent} hours after receipt for urgent requests and {other} hours for the others.</source>
        <translation>在响应时限内签收的件数 ÷ 应响应的件数（已签收的，加上超过响应时限仍未签收的）。响应时限：紧急诉求为受理后 {urgent} 小时，其他诉求为 {other} 小时。</translation>
    </message>
    <message>
        <source>Requests first replied to by their deadline ÷ requests due to be completed (replied to, or still unreplied past their deadline).</source>
        <translation>在办理时限内首次答复的件数 ÷ 应办结的件数（已答复的，加上超过时限仍未答复的）。</translation>
    </message>
    <message>
        <source>Requests whose last follow-up says solved ÷ requests followed up.</source>
        <translation>最近一次回访为“已解决”的件数 ÷ 已回访的件数。</translation>
    </message>
    <message>
        <source>Requests whose last follow-up says satisfied or basically satisfied ÷ requests followed up.</source>
        <translation>最近一次回访为“满意”或“基本满意”的件数 ÷ 已回访的件数。</translation>
    </message>
    <message>
        <source>Requests reopened at least once ÷ requests replied to.</source>
        <translation>重办过的件数 ÷ 已答复的件数。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up with the requester</source>
        <translation>回访诉求人</translation>
    </message>
    <message>
        <source>Solved?</source>
        <translation>是否解决：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>回访情况：</translation>
    </message>
    <message>
        <source>Followed up by:</source>
        <translation>回访人：</translation>
    </message>
    <message>
        <source>“Not solved” or “Dissatisfied” sends the request back to be handled again.</source>
        <translation>回访为“未解决”或“不满意”时，诉求自动转为重办。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Discard what you have entered?</source>
        <translation>放弃已填写的内容？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续填写</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>e.g. 1985.07.12 or 1985.07</source>
        <translation>如 1985.07.12 或 1985.07</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>本次安装缺少使用指南文件。</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>在浏览器中打开</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand the request over</source>
        <translation>转派诉求</translation>
    </message>
    <message>
        <source>New responsible:</source>
        <translation>新责任人：</translation>
    </message>
    <message>
        <source>Helpers:</source>
        <translation>协办人：</translation>
    </message>
    <message>
        <source>optional; several names separated by 、</source>
        <translation>可不填；多人用“、”分隔</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>转派原因：</translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message>
        <source>Drawing the work handbooks…</source>
        <translation>正在生成工作手册…</translation>
    </message>
    <message>
        <source>Work handbook</source>
        <translation>工作手册</translation>
    </message>
    <message>
        <source>In-service Party members serving the community</source>
        <translation>在职党员进社区</translation>
    </message>
    <message>
        <source>Campaign year {year}</source>
        <translation>{year}年度</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Posts claimed</source>
        <translation>认领岗位</translation>
    </message>
    <message>
        <source>My pledges</source>
        <translation>个人承诺</translation>
    </message>
    <message>
        <source>Service log</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核评价</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Card No.</source>
        <translation>联系卡号</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>Joined the Party</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报到日期</translation>
    </message>
    <message>
        <source>Claimed on {date}</source>
        <translation>认领时间：{date}</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>{date}结束</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>No post claimed yet.</source>
        <translation>尚未认领岗位。</translation>
    </message>
    <message>
        <source>No pledges recorded yet.</source>
        <translation>尚未作出承诺。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>承诺人签名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Service records: {records}    Hours of service: {hours}</source>
        <translation>服务次数：{records} 次    服务时长：{hours} 小时</translation>
    </message>
    <message>
        <source>Community&apos;s rating</source>
        <translation>社区评价</translation>
    </message>
    <message>
        <source>Work unit&apos;s rating</source>
        <translation>单位评价</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Community Party organisation (stamp)</source>
        <translation>社区党组织（盖章）</translation>
    </message>
    <message>
        <source>Work unit Party organisation (stamp)</source>
        <translation>单位党组织（盖章）</translation>
    </message>
    <message>
        <source>Year    Month    Day</source>
        <translation>年    月    日</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>The text is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>Choose the relation to the head.</source>
        <translation>请选择与户主关系。</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>请填写地址。</translation>
    </message>
    <message>
        <source>Give the reason for voiding.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <source>The household was not found.</source>
        <translation>未找到该户。</translation>
    </message>
    <message>
        <source>This ID number already belongs to {name} of the household at {address}.</source>
        <translation>该公民身份号码已登记为{address}户的{name}。</translation>
    </message>
    <message>
        <source>This household already has a head: {name}. Change that person&apos;s relation first.</source>
        <translation>该户已有户主：{name}。请先修改其与户主关系。</translation>
    </message>
    <message>
        <source>A chosen relief category no longer exists.</source>
        <translation>所选救助群体已不存在。</translation>
    </message>
    <message>
        <source>The resident was not found.</source>
        <translation>未找到该居民。</translation>
    </message>
</context>
<context>
    <name>HouseholdChip</name>
    <message>
        <source>Show every household</source>
        <translation>显示所有户</translation>
    </message>
    <message>
        <source>Household: {name}</source>
        <translation>户：{name}</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Add a household</source>
        <translation>新增户</translation>
    </message>
    <message>
        <source>Edit household: {address}</source>
        <translation>编辑户：{address}</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <source>e.g. 3组 or a grid name</source>
        <translation>如 3组 或网格名称</translation>
    </message>
    <message>
        <source>Destitute household (three losses)</source>
        <translation>三丧失家庭（丧失劳动能力、无生活来源、无法定赡养抚养义务人）</translation>
    </message>
    <message>
        <source>Address *</source>
        <translation>地址 *</translation>
    </message>
    <message>
        <source>Villager group / grid</source>
        <translation>村民小组/网格</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>HouseholdLink</name>
    <message>
        <source>Choose the reason.</source>
        <translation>请选择联户原因。</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>备注过长。</translation>
    </message>
    <message>
        <source>For “other”, say why in the note.</source>
        <translation>选择“其他”时，请在备注中说明原因。</translation>
    </message>
    <message>
        <source>The cadre must be a Party member on the roll.</source>
        <translation>联户干部须为在册党员。</translation>
    </message>
    <message>
        <source>Choose a household.</source>
        <translation>请选择联系户。</translation>
    </message>
    <message>
        <source>{cadre} already links the household at {address}.</source>
        <translation>{cadre}已联系{address}户。</translation>
    </message>
    <message>
        <source>{cadre} now links {count} households, more than the {limit} each cadre should link.</source>
        <translation>{cadre}现联系{count}户，超过每名干部应联系的{limit}户。</translation>
    </message>
    <message>
        <source>The link was not found.</source>
        <translation>未找到该联户记录。</translation>
    </message>
    <message>
        <source>This link has already ended.</source>
        <translation>该联户关系已结束。</translation>
    </message>
    <message>
        <source>Enter a number from 1 to {most}.</source>
        <translation>请填写1至{most}之间的数字。</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Residents and relief categories</source>
        <extracomment>Core modules that declare household page sections when imported. A later register adds its module here (one line) and calls :func:`declare_section` in it.</extracomment>
        <translation>家庭成员及救助群体</translation>
    </message>
    <message>
        <source>Party members in the household</source>
        <translation>户内党员</translation>
    </message>
    <message>
        <source>Linked cadres</source>
        <translation>联户干部</translation>
    </message>
    <message>
        <source>In-service members&apos; service records</source>
        <translation>在职党员服务记录</translation>
    </message>
    <message>
        <source>Residents&apos; requests</source>
        <translation>民情诉求</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
</context>
<context>
    <name>HouseholdPageDialog</name>
    <message>
        <source>Edit household</source>
        <translation>编辑户信息</translation>
    </message>
    <message>
        <source>Add resident</source>
        <translation>新增家庭成员</translation>
    </message>
    <message>
        <source>Edit resident</source>
        <translation>编辑家庭成员</translation>
    </message>
    <message>
        <source>Void resident</source>
        <translation>作废家庭成员</translation>
    </message>
    <message>
        <source>Record a request for this resident…</source>
        <translation>为此居民登记诉求…</translation>
    </message>
    <message>
        <source>Household: {address}</source>
        <translation>户情：{address}</translation>
    </message>
    <message>
        <source>(no head entered)</source>
        <translation>（未登记户主）</translation>
    </message>
    <message>
        <source>{head}&apos;s household — {address}</source>
        <translation>户主 {head} —— {address}</translation>
    </message>
    <message>
        <source>Group / grid: {grid}</source>
        <translation>村民小组/网格：{grid}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>联系电话：{phone}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <source>Destitute household (three losses)</source>
        <translation>三丧失家庭</translation>
    </message>
    <message>
        <source>Void a resident entered by mistake. The record leaves the household but stays in the history; the ID number can then be entered again.</source>
        <translation>作废误录的居民。该记录从本户移出但保留在历史中，其公民身份号码可重新登记。</translation>
    </message>
    <message>
        <source>Record a dispute with this resident as a party…</source>
        <translation>以此居民为当事人登记纠纷…</translation>
    </message>
</context>
<context>
    <name>HouseholdRegisterView</name>
    <message>
        <source>{count} households in total</source>
        <translation>共 {count} 户</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Add household</source>
        <translation>新增户</translation>
    </message>
    <message>
        <source>Open household page</source>
        <translation>查看户情</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>编辑户信息</translation>
    </message>
    <message>
        <source>Void household</source>
        <translation>作废户</translation>
    </message>
    <message>
        <source>Relief categories…</source>
        <translation>救助群体设置…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Search: address, or a resident&apos;s name, pinyin, ID number or phone</source>
        <translation>搜索：地址，或家庭成员的姓名、拼音、身份证号、电话</translation>
    </message>
    <message>
        <source>Search: name, pinyin initials, ID number, phone or address</source>
        <translation>搜索：姓名、拼音首字母、身份证号、电话或地址</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Households and residents</source>
        <translation>户籍与居民</translation>
    </message>
    <message>
        <source>Void a household entered by mistake. Its residents are voided with it and its cadre links end; the records stay in the history.</source>
        <translation>作废误录的户。户内居民一并作废，联户关系随之结束；记录保留在历史中。</translation>
    </message>
</context>
<context>
    <name>IdDerivedFields</name>
    <message>
        <source>from the ID number</source>
        <translation>由身份证号码自动生成</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>Enter the ID number.</source>
        <extracomment>Nobody on a roll today was born before this year; earlier dates are typing errors.</extracomment>
        <translation>请填写公民身份号码。</translation>
    </message>
    <message>
        <source>The ID number {number} was damaged by a spreadsheet that stored it as a number. Format the column as text and enter the full 18-character number again.</source>
        <translation>公民身份号码 {number} 被电子表格按数字格式保存，已经损坏。请将该列设置为文本格式，重新填写完整的18位号码。</translation>
    </message>
    <message>
        <source>15-digit ID numbers are no longer valid; enter the 18-digit number from the second-generation ID card.</source>
        <translation>15位公民身份号码已停止使用，请填写第二代居民身份证上的18位号码。</translation>
    </message>
    <message>
        <source>The ID number may contain only digits, with X allowed as the last character.</source>
        <translation>公民身份号码只能由数字组成，仅最后一位可以是X。</translation>
    </message>
    <message>
        <source>The ID number must have 18 characters; this one has {count}.</source>
        <translation>公民身份号码应为18位，当前为{count}位。</translation>
    </message>
    <message>
        <source>The ID number&apos;s check digit is wrong and it ends in 000: a spreadsheet probably rounded it. Enter the number from the ID card again.</source>
        <translation>公民身份号码校验码不正确，且末尾为000，可能被电子表格截断。请对照居民身份证重新填写。</translation>
    </message>
    <message>
        <source>The ID number&apos;s check digit is wrong; the number probably has a typo.</source>
        <translation>公民身份号码校验码不正确，可能有输入错误，请核对。</translation>
    </message>
    <message>
        <source>The birth date in the ID number ({digits}) is not a possible date.</source>
        <translation>公民身份号码中的出生日期（{digits}）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number ({date}) is in the future.</source>
        <translation>公民身份号码中的出生日期（{date}）晚于今天。</translation>
    </message>
    <message>
        <source>The first six digits of the ID number ({code}) are not a known administrative division code. Please check the number against the ID card.</source>
        <translation>公民身份号码前六位（{code}）不是已知的行政区划代码，请对照居民身份证核对。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>The ID number {value} was damaged by Excel: a number cell keeps only 15 significant digits, so it cannot hold an 18-digit ID number. Set the ID number column to text (Format Cells → Text) and type the numbers again.</source>
        <translation>公民身份号码 {value} 已被 Excel 损坏：数值格式的单元格只保留15位有效数字，无法存放18位公民身份号码。请将公民身份号码一列设置为文本格式（设置单元格格式 → 文本），再重新录入号码。</translation>
    </message>
    <message>
        <source>Same person as row {line}.</source>
        <translation>与第{line}行重复。</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在核对各行数据…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Write 正式党员 or 预备党员.</source>
        <extracomment>MemberValues attribute → the template field (and the reader&apos;s raw form) it shows as.</extracomment>
        <translation>请填写“正式党员”或“预备党员”。</translation>
    </message>
    <message>
        <source>Unknown category: {value}</source>
        <translation>无法识别的党员分类：{value}</translation>
    </message>
    <message>
        <source>New branch: {name}</source>
        <translation>将新建支部：{name}</translation>
    </message>
    <message>
        <source>Standing not given: taken as “{standing}”.</source>
        <extracomment>The note on a member whose standing the file leaves open (the wizard counts these).</extracomment>
        <translation>未填写党员身份，按“{standing}”登记。</translation>
    </message>
    <message>
        <source>New household: {address}</source>
        <translation>将新建户：{address}</translation>
    </message>
    <message>
        <source>Cannot tell which household this person belongs to: give the household number or the head&apos;s ID number, or list the head first.</source>
        <translation>无法确定此人属于哪一户：请填写户号或户主公民身份号码，或将户主列在本户第一行。</translation>
    </message>
    <message>
        <source>{column}: {reason}</source>
        <translation>{column}：{reason}</translation>
    </message>
    <message>
        <source>Already in the register as {number}.</source>
        <translation>已在台账中，编号 {number}。</translation>
    </message>
    <message>
        <source>Same request as row {line}.</source>
        <translation>与第 {line} 行是同一诉求。</translation>
    </message>
    <message>
        <source>The file&apos;s 编号 {number} is not kept: the request gets the next number.</source>
        <translation>文件中的编号 {number} 不沿用，导入后按顺序重新编号。</translation>
    </message>
    <message>
        <source>The sex column says “{value}”, but the ID number says {sex}; the ID number is taken.</source>
        <translation>性别一栏为“{value}”，但公民身份号码显示为{sex}，以公民身份号码为准。</translation>
    </message>
    <message>
        <source>The date of birth column says “{value}”, but the ID number says {date}; the ID number is taken.</source>
        <translation>出生日期一栏为“{value}”，但公民身份号码显示为{date}，以公民身份号码为准。</translation>
    </message>
    <message>
        <source>Reason not imported</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation>原表行号</translation>
    </message>
    <message>
        <source>No header row with the columns 姓名 and 公民身份号码 was found in the first {count} rows. Put the column names in one row above the data, or download the import template.</source>
        <extracomment>The header row is looked for among the first rows only (the reader reads their columns). The columns without which a file is not of its kind (default: 姓名 and 公民身份号码).</extracomment>
        <translation>在前{count}行中未找到含“姓名”和“公民身份号码”的表头行。请在数据上方用一行填写列名，或下载导入模板。</translation>
    </message>
    <message>
        <source>No header row with the columns 受理时间 (or 受理日期) and 诉求内容 (or 内容) was found in the first {count} rows. Put the column names in one row above the data.</source>
        <translation>前 {count} 行中没有找到含“受理时间”（或“受理日期”）和“诉求内容”（或“内容”）两列的表头行。请把列名写在数据上方的同一行里。</translation>
    </message>
    <message>
        <source>The file {file} cannot be read ({detail}). Open it in Excel or WPS and save it as an Excel workbook (.xlsx), then import that file.</source>
        <extracomment>A roster is thousands of rows, not millions: a file with more rows is refused. The header row is looked for in this many rows at the top (headers.py searches them). No roster has more columns than this in its top rows; a file that has is refused. Columns read to the right of the last filled column of the top rows (data without a header). Excel&apos;s own limit on the characters in a cell. The largest file read at all (a roster of 200,000 rows is a few tens of MB). The largest unpacked worksheet of an .xlsx (openpyxl streams it). The largest other unpacked part (shared strings and styles are read whole into memory). More parts than a workbook ever has.</extracomment>
        <translation>无法读取文件 {file}（{detail}）。请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）后再导入。</translation>
    </message>
    <message>
        <source>The file {file} is too large to import ({size} MB; at most {limit} MB). Split it into smaller files and import them one by one.</source>
        <translation>文件 {file} 太大，无法导入（{size} MB，最多 {limit} MB）。请拆分成几个较小的文件，逐个导入。</translation>
    </message>
    <message>
        <source>The file {file} has more than {limit} rows. Delete the rows below the roster (even empty ones that were formatted), or split it into smaller files.</source>
        <translation>文件 {file} 超过 {limit} 行。请删除花名册下方的行（包括设置过格式的空行），或拆分成几个较小的文件。</translation>
    </message>
    <message>
        <source>The file {file} has more than {limit} columns in its first {rows} rows. Delete the columns that are not part of the roster and import it again.</source>
        <translation>文件 {file} 前 {rows} 行超过 {limit} 列。请删除不属于花名册的列后重新导入。</translation>
    </message>
    <message>
        <source>A cell in row {row} of {file} holds more than {limit} characters, more than Excel allows in a cell. Shorten it and import the file again.</source>
        <translation>文件 {file} 第 {row} 行有一个单元格超过 {limit} 个字符，超出了 Excel 单元格的上限。请删减后重新导入。</translation>
    </message>
    <message>
        <source>a part no workbook has: {part}</source>
        <translation>含有工作簿不应有的部分：{part}</translation>
    </message>
    <message>
        <source>{part} unpacks to {size} MB</source>
        <translation>{part} 解压后有 {size} MB</translation>
    </message>
    <message>
        <source>The file {file} holds far more than a roster ({detail}), so it was not read. Open it in Excel or WPS, keep only the roster, save it and import it again.</source>
        <translation>文件 {file} 中的内容远超一份花名册（{detail}），因此没有读取。请用 Excel 或 WPS 打开，只保留花名册，保存后重新导入。</translation>
    </message>
    <message>
        <source>The cell holds a formula, not a value. Copy the column and paste it back as values (Paste Special → Values), then import the file again.</source>
        <extracomment>The columns a request&apos;s later steps fill: exported, never imported.</extracomment>
        <translation>单元格里是公式，不是数值。请复制该列，再用“选择性粘贴 → 数值”粘贴回去，然后重新导入。</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {words}.</source>
        <translation>“{value}”不在可选范围内：{words}。</translation>
    </message>
    <message>
        <source>{column} is blank: taken as {value}.</source>
        <translation>{column}为空，按“{value}”导入。</translation>
    </message>
    <message>
        <source>受理时间 gives no time of day: taken as 00:00.</source>
        <translation>受理时间没有写具体时刻，按当天 00:00 导入。</translation>
    </message>
    <message>
        <source>The phone in 联系电话 is masked, so the request is imported without it.</source>
        <translation>联系电话已脱敏，该诉求导入时不含联系电话。</translation>
    </message>
    <message>
        <source>Only the request as received is imported, waiting to be assigned: its 责任人, 办理结果, 回访 and 销号 are not.</source>
        <translation>只导入受理时的诉求，导入后为待分派；其责任人、办理结果、回访和销号情况不导入。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>; </source>
        <extracomment>Soft row colours by outcome: easy on the eye, readable in black text.</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Will change {fields}</source>
        <translation>将变更：{fields}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <extracomment>Rows of the preview&apos;s record list shown at most (the counts cover every record).</extracomment>
        <translation>导入预览</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check, then import.</source>
        <translation>尚未写入任何数据。请核对后再导入。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>变更字段</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>{total} data rows: {new} new, {updated} to update, {unchanged} unchanged, {refused} refused.</source>
        <translation>共{total}行数据：新增{new}行，更新{updated}行，无变化{unchanged}行，未导入{refused}行。</translation>
    </message>
    <message>
        <source>The file gives no standing (正式/预备) for {count} members: those who joined more than a year ago are taken as full members, the others as probationary ({detail}).</source>
        <translation>文件中有{count}名党员未填写党员身份（正式/预备）：入党满一年的按正式党员登记，其余按预备党员登记（{detail}）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>New branches to be created: {names}.</source>
        <translation>将新建支部：{names}。</translation>
    </message>
    <message>
        <source>New households to be created: {count}.</source>
        <translation>将新建{count}户。</translation>
    </message>
    <message>
        <source>The column names were found in row {row}; the rows above it are titles and are skipped.</source>
        <translation>列名位于第{row}行，其上方各行视为标题，不导入。</translation>
    </message>
    <message>
        <source>Not recognised, so not imported: {columns}. To import such a column, choose its field under “Imported as”.</source>
        <translation>以下列未能识别，不导入：{columns}。如需导入，请在“导入为”一行为该列选择对应项目。</translation>
    </message>
    <message>
        <source>Written: {new} new and {updated} updated.</source>
        <translation>已写入：新增{new}条，更新{updated}条。</translation>
    </message>
    <message>
        <source>{count} rows were already up to date.</source>
        <translation>另有{count}行数据已是最新，无需变更。</translation>
    </message>
    <message>
        <source>{count} rows were refused and not imported. Save them as an error report, correct them there and import that file again.</source>
        <translation>有{count}行未通过核对，未导入。请保存错误报告，在报告中改正后重新导入该文件。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>« Choose another file</source>
        <translation>« 重新选择文件</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>保存错误报告…</translation>
    </message>
    <message>
        <source>Read the file »</source>
        <translation>读取文件 »</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the roster to import</source>
        <translation>选择要导入的花名册</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>读取文件</translation>
    </message>
    <message>
        <source>Checking the rows again</source>
        <translation>正在重新核对各行</translation>
    </message>
    <message>
        <source>{file} — sheet “{sheet}”</source>
        <translation>{file} — 工作表“{sheet}”</translation>
    </message>
    <message>
        <source>Import {count} rows</source>
        <translation>导入{count}行</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的行</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>A backup of the database was made before writing: {file}</source>
        <translation>写入前已备份数据库：{file}</translation>
    </message>
    <message>
        <source>{name} - rows not imported.xlsx</source>
        <translation>{name}-未导入行.xlsx</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The error report was saved: {path}</source>
        <translation>错误报告已保存：{path}</translation>
    </message>
    <message>
        <source>Saving the error report</source>
        <translation>正在保存错误报告</translation>
    </message>
</context>
<context>
    <name>InService</name>
    <message>
        <source>The month must be between 1 and 12.</source>
        <extracomment>What every in-service write changes: the screens showing the campaign refresh. The suffixes a station&apos;s name carries after its place name.</extracomment>
        <translation>月份应在 1 至 12 之间。</translation>
    </message>
    <message>
        <source>The short code is 2 to 4 letters, e.g. DHC.</source>
        <translation>简码为 2 至 4 个字母，如 DHC。</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>Not a date. Write it like 2026.03.15.</source>
        <translation>日期格式不正确，请按 2026.03.15 的格式填写。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Hours must be more than 0 and at most 24 for one record.</source>
        <translation>每条记录的服务时长应大于 0 且不超过 24 小时。</translation>
    </message>
    <message>
        <source>Hours are counted in half hours, e.g. 1.5.</source>
        <translation>服务时长以半小时计，如 1.5。</translation>
    </message>
    <message>
        <source>Choose a member.</source>
        <translation>请选择党员。</translation>
    </message>
    <message>
        <source>{name} is no longer on the roll.</source>
        <translation>{name}已不在册。</translation>
    </message>
    <message>
        <source>{name} is not an in-service member. Mark the member as in-service on the member roll first.</source>
        <translation>{name}不是在职党员，请先在党员花名册中将其类别标为在职党员。</translation>
    </message>
    <message>
        <source>{name} is already on the expected list for {year}.</source>
        <translation>{name}已在{year}年度应报到名单中。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>未找到该记录。</translation>
    </message>
    <message>
        <source>A member makes one or two pledges a year.</source>
        <translation>每名党员每年作出 1 至 2 项承诺。</translation>
    </message>
    <message>
        <source>A pledge is at most 200 characters.</source>
        <translation>每项承诺不超过 200 字。</translation>
    </message>
    <message>
        <source>{name} has already reported for {year} (card {card}); a member reports once per campaign year.</source>
        <translation>{name}已于{year}年度报到（联系卡号 {card}），每个报到年度只能报到一次。</translation>
    </message>
    <message>
        <source>{name} was not on the expected list and is recorded as reported without notice.</source>
        <translation>{name}不在应报到名单中，已按名单外报到登记。</translation>
    </message>
    <message>
        <source>Write the pledge.</source>
        <translation>请填写承诺内容。</translation>
    </message>
    <message>
        <source>This member already has two pledges for {year}.</source>
        <translation>该党员{year}年度已有两项承诺。</translation>
    </message>
    <message>
        <source>Choose a rating.</source>
        <translation>请选择评定等次。</translation>
    </message>
    <message>
        <source>Choose the community&apos;s rating.</source>
        <translation>请选择社区评定等次。</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>Choose the year.</source>
        <translation>请选择年度。</translation>
    </message>
    <message>
        <source>Enter the post&apos;s name.</source>
        <translation>请填写岗位名称。</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>名称过长。</translation>
    </message>
    <message>
        <source>A post with this name already exists.</source>
        <translation>已有同名岗位。</translation>
    </message>
    <message>
        <source>The number of places is a whole number from 1.</source>
        <translation>名额应为不小于 1 的整数。</translation>
    </message>
    <message>
        <source>{held} members hold this post now; end claims first.</source>
        <translation>目前有 {held} 名党员认领该岗位，请先结束部分认领。</translation>
    </message>
    <message>
        <source>Choose a post.</source>
        <translation>请选择岗位。</translation>
    </message>
    <message>
        <source>The post “{post}” is full: all {places} places are claimed. End a claim first or choose another post.</source>
        <translation>“{post}”岗位已满：{places} 个名额均已认领。请先结束一项认领，或选择其他岗位。</translation>
    </message>
    <message>
        <source>{name} already holds this post.</source>
        <translation>{name}已认领该岗位。</translation>
    </message>
    <message>
        <source>This claim has already ended.</source>
        <translation>该认领已经结束。</translation>
    </message>
    <message>
        <source>The claim began on {date}; end it after that.</source>
        <translation>该认领始于 {date}，结束日期不能早于此日。</translation>
    </message>
    <message>
        <source>The chosen household was not found or has been voided. Choose another household or leave it empty.</source>
        <translation>所选的户不存在或已作废，请另选一户或不选。</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>请填写服务内容。</translation>
    </message>
    <message>
        <source>{name} has not claimed this post.</source>
        <translation>{name}未认领该岗位。</translation>
    </message>
    <message>
        <source>Not an ID number: give the member&apos;s 18-digit citizen ID number.</source>
        <translation>这不是公民身份号码：请填写党员的18位公民身份号码。</translation>
    </message>
    <message>
        <source>No Party member has the ID number {number}.</source>
        <translation>没有公民身份号码为 {number} 的党员。</translation>
    </message>
    <message>
        <source>There is no service post “{name}”. Add it first, or check the name.</source>
        <translation>没有名为“{name}”的服务岗位。请先新增该岗位，或检查名称。</translation>
    </message>
</context>
<context>
    <name>InServiceForms</name>
    <message>
        <source>e.g. 2026.03.15</source>
        <translation>如 2026.03.15</translation>
    </message>
    <message>
        <source>{name} ({free} of {places} free)</source>
        <translation>{name}（{places} 个名额，空余 {free} 个）</translation>
    </message>
</context>
<context>
    <name>InServicePage</name>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>The month the campaign year starts, the short code on contact cards</source>
        <translation>报到年度起始月份、联系卡号站点简码</translation>
    </message>
    <message>
        <source>Expected list</source>
        <translation>应报到名单</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>报到登记</translation>
    </message>
    <message>
        <source>Service posts</source>
        <translation>服务岗位</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Dual assessment</source>
        <translation>双重考核</translation>
    </message>
    <message>
        <source>Campaign year</source>
        <translation>报到年度</translation>
    </message>
    <message>
        <source>In-service members</source>
        <translation>在职党员报到</translation>
    </message>
    <message>
        <source>({first} to {last})</source>
        <translation>（{first} 至 {last}）</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>VillageDesk</source>
        <translation>村级党群服务站工作台</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Cadre: {name}  {branch}  {phone}</source>
        <translation>联户干部：{name}  {branch}  {phone}</translation>
    </message>
    <message>
        <source>Work unit: {unit} ({count} members)</source>
        <translation>工作单位：{unit}（{count} 人）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>{group} (continued)</source>
        <translation>{group}（续）</translation>
    </message>
    <message>
        <source>Row {row} ({name})</source>
        <translation>第 {row} 行（{name}）</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>填报单位：{name}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>统计期间：{period}</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填表人</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Print the ledger — {title}</source>
        <translation>打印台账——{title}</translation>
    </message>
    <message>
        <source>Empty: every record</source>
        <translation>留空则打印全部记录</translation>
    </message>
    <message>
        <source>Only records dated between</source>
        <translation>仅打印以下日期范围内的记录</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The first date is after the last.</source>
        <translation>起始日期晚于截止日期。</translation>
    </message>
</context>
<context>
    <name>Ledgers</name>
    <message>
        <source>Ledger of screening and settling disputes</source>
        <extracomment>矛盾纠纷排查化解台账 (its rows gathered by ``print_sources_disputes``), after the requests&apos;.</extracomment>
        <translation>矛盾纠纷排查化解台账</translation>
    </message>
    <message>
        <source>Party member roll</source>
        <translation>党员花名册</translation>
    </message>
    <message>
        <source>In-service member registration ledger</source>
        <translation>在职党员报到登记台账</translation>
    </message>
    <message>
        <source>Service record ledger</source>
        <translation>服务记录台账</translation>
    </message>
    <message>
        <source>Household link ledger</source>
        <translation>联户台账</translation>
    </message>
    <message>
        <source>Dual assessment summary by work unit</source>
        <translation>在职党员双重考核汇总表（按工作单位）</translation>
    </message>
    <message>
        <source>Ledger of residents&apos; requests</source>
        <extracomment>民情台账 and 回访台账 (their rows gathered by ``print_sources_requests``), the last of :data:`LEDGERS`.</extracomment>
        <translation>民情台账</translation>
    </message>
    <message>
        <source>Follow-up ledger</source>
        <translation>回访台账</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link a household to a cadre</source>
        <translation>新增包村联户</translation>
    </message>
    <message>
        <source>Search the Party members: name, pinyin, ID number or phone</source>
        <translation>搜索党员：姓名、拼音、身份证号或电话</translation>
    </message>
    <message>
        <source>Search the households: address, or a resident&apos;s name, pinyin or ID number</source>
        <translation>搜索户：地址，或家庭成员的姓名、拼音、身份证号</translation>
    </message>
    <message>
        <source>Cadre *</source>
        <translation>联户干部 *</translation>
    </message>
    <message>
        <source>Household *</source>
        <translation>联系户 *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>联户原因 *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <extracomment>Rows shown before a list scrolls: both lists and the buttons fit the Settings dialog at 768.</extracomment>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workbench</source>
        <extracomment>The navigation list, top to bottom: each register&apos;s title (translated in the main window&apos;s context) and the function that builds its page.</extracomment>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Party member roll</source>
        <translation>党员花名册</translation>
    </message>
    <message>
        <source>Branches and groups</source>
        <translation>党支部/党小组</translation>
    </message>
    <message>
        <source>Households and residents</source>
        <translation>户籍与居民</translation>
    </message>
    <message>
        <source>Cadre links</source>
        <translation>包村联户</translation>
    </message>
    <message>
        <source>Residents&apos; requests</source>
        <translation>民情诉求</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Village profile</source>
        <translation>村情档案</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>In-service members</source>
        <translation>在职党员报到</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Data sync</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Back up to a USB drive…</source>
        <translation>备份到U盘…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Import Party member roll…</source>
        <translation>导入党员花名册…</translation>
    </message>
    <message>
        <source>Import residents and households…</source>
        <translation>导入居民户籍…</translation>
    </message>
    <message>
        <source>Download import template</source>
        <translation>下载导入模板</translation>
    </message>
    <message>
        <source>Party member roll…</source>
        <translation>党员花名册…</translation>
    </message>
    <message>
        <source>Residents and households…</source>
        <translation>户籍居民…</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Fill with demo data…</source>
        <translation>填充演示数据…</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>About VillageDesk</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>What &quot;new&quot; means on each page or tab, in the order looked for. The ledger Ctrl+P prints for a page or tab (by class name); others open the print menu.</extracomment>
        <translation>刷新</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The database failed its check; VillageDesk is read-only. Restore a backup (File menu).

{details}</source>
        <translation>数据库未通过检查，程序现为只读状态。请从备份恢复（“文件”菜单）。

{details}</translation>
    </message>
    <message>
        <source>The database passed its check, and every record follows the rules.</source>
        <translation>数据库检查通过，所有记录都符合规则。</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>正在检查数据库</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VillageDesk {version}&lt;/h3&gt;&lt;p&gt;The workbench of a village or community Party and people service station. It keeps the Party member roll with its history, branches and groups, households and residents, cadre links and the in-service members reporting to the community, with statistics; imports and exports Excel rosters; prints ledgers, contact cards, work handbooks and public notices; and carries the station&apos;s data to the township on a USB stick.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;br&gt;Help → User guide (F1) explains the daily work.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;村级党群服务站工作台 {version}&lt;/h3&gt;&lt;p&gt;村（社区）党群服务站的日常工作台：党员花名册及其变动记录、党支部和党小组、户籍与居民、包村联户、在职党员进社区报到，以及各项统计；导入、导出Excel花名册；打印登记台账、联系卡、工作手册和公示；用U盘把本站数据报送乡镇。&lt;/p&gt;&lt;p&gt;数据文件夹：{folder}&lt;br&gt;日常操作见“帮助 → 使用指南”（F1）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read-only: the database failed its check</source>
        <translation>只读：数据库未通过检查</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <source>Station not set up</source>
        <translation>尚未设置服务站</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>Header in the file</source>
        <translation>文件中的列名</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>First data row</source>
        <translation>第一行数据</translation>
    </message>
    <message>
        <source>Not recognised: this column is not imported. Choose a field below to import it.</source>
        <translation>未识别：此列不导入。如需导入，请在下方选择对应的项目。</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
</context>
<context>
    <name>MaskPolicyForm</name>
    <message>
        <source>first</source>
        <extracomment>Made-up numbers for the example (not a real person&apos;s).</extracomment>
        <translation>前</translation>
    </message>
    <message>
        <source>last</source>
        <translation>后</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>位</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>位</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>恢复默认设置</translation>
    </message>
    <message>
        <source>ID numbers show</source>
        <translation>公民身份号码显示</translation>
    </message>
    <message>
        <source>Phones show</source>
        <translation>联系电话显示</translation>
    </message>
    <message>
        <source>Notices and other public paper show ID numbers and phones only in part; the rest is printed as *. Choose how much stays visible at each end.</source>
        <translation>公示等公开张贴材料中，公民身份号码和联系电话只显示一部分，其余以 * 代替。请设置首尾各显示几位。</translation>
    </message>
    <message>
        <source>No public paper ever shows 11 or more digits in a row: an ID number shows at most 10 characters in all, a phone at most 7 digits.</source>
        <translation>公开材料一律不出现连续 11 位及以上的数字：公民身份号码首尾合计最多显示 10 位，联系电话最多显示 7 位。</translation>
    </message>
    <message>
        <source>Example: {example}</source>
        <translation>示例：{example}</translation>
    </message>
</context>
<context>
    <name>Masking</name>
    <message>
        <source>Too much is shown: at most 10 characters of an ID number, 7 of a phone.</source>
        <extracomment>An ID number, a mobile or a landline standing alone in free text.</extracomment>
        <translation>显示的位数过多：公民身份号码最多显示 10 位，电话号码最多显示 7 位。</translation>
    </message>
    <message>
        <source>Enter a number from 0 up.</source>
        <translation>请输入 0 或更大的整数。</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>Give the reason for exporting full ID numbers (for the audit log).</source>
        <translation>请填写导出完整公民身份号码的原因（记入操作日志）。</translation>
    </message>
    <message>
        <source>Keep the reason under 200 characters.</source>
        <translation>原因不超过200个字。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show full numbers (logged)</source>
        <translation>显示完整号码（记入日志）</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Show this record&apos;s full numbers (this is logged)</source>
        <translation>显示本条记录的完整号码（将记入操作日志）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Show the full number (this is logged)</source>
        <translation>显示完整号码（将记入操作日志）</translation>
    </message>
    <message>
        <source>Export with full ID numbers</source>
        <translation>导出完整公民身份号码</translation>
    </message>
    <message>
        <source>The file will hold full ID numbers. Say why it is exported; the reason is kept in the audit log.</source>
        <translation>导出的文件含完整的公民身份号码。请说明导出原因，原因将记入操作日志。</translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>Not a date. Write it like 1985.07.12, or 1985.07 if only the month is known.</source>
        <translation>日期格式不正确。请按 1985.07.12 填写；只知道月份时填 1985.07。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <extracomment>Characters that print as boxes or not at all, or turn the text around: control and format characters (NUL, U+200B zero-width space, U+202E right-to-left override …), lone surrogates, emoji and other pictographs, and the selectors and fillers that only change or pad them.</extracomment>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>The name may not contain emoji, symbols or invisible characters; remove {chars}.</source>
        <translation>姓名中不能有表情符号、特殊符号或不可见字符，请删除 {chars}。</translation>
    </message>
    <message>
        <source>The name is too long: at most {limit} characters, this one has {count}.</source>
        <translation>姓名过长：最多 {limit} 个字，现有 {count} 个。</translation>
    </message>
    <message>
        <source>Unknown ethnic group: {value}</source>
        <translation>无法识别的民族：{value}</translation>
    </message>
    <message>
        <source>The join date must come after the 18th birthday ({date}).</source>
        <translation>入党日期应在年满18周岁（{date}）之后。</translation>
    </message>
    <message>
        <source>The full-member date must come after the join date.</source>
        <translation>转正日期应晚于入党日期。</translation>
    </message>
    <message>
        <source>Enter the join date as well, since the full-member date is known.</source>
        <translation>已填写转正日期，请同时填写入党日期。</translation>
    </message>
    <message>
        <source>Choose full or probationary.</source>
        <translation>请选择正式党员或预备党员。</translation>
    </message>
    <message>
        <source>A probationary member has no full-member date yet.</source>
        <translation>预备党员尚无转正日期。</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>This ID number already belongs to {name} ({status}).</source>
        <extracomment>Events that record the register&apos;s own bookkeeping, not a date in the member&apos;s life.</extracomment>
        <translation>该公民身份号码已登记在{name}（{status}）名下。</translation>
    </message>
    <message>
        <source>The branch no longer exists.</source>
        <translation>所选支部已不存在。</translation>
    </message>
    <message>
        <source>New branch created: {name}</source>
        <translation>已新建支部：{name}</translation>
    </message>
    <message>
        <source>The member was not found.</source>
        <translation>未找到该党员。</translation>
    </message>
    <message>
        <source>This record was voided and cannot be changed.</source>
        <translation>该记录已作废，不能修改。</translation>
    </message>
    <message>
        <source>Not a date. Write it like 2024.03.15, or 2024.03 if only the month is known.</source>
        <translation>日期格式不正确。请按 2024.03.15 填写；只知道月份时填 2024.03。</translation>
    </message>
    <message>
        <source>Use the proper command for this.</source>
        <translation>请使用相应的功能办理。</translation>
    </message>
    <message>
        <source>Not possible for a member whose status is “{status}”.</source>
        <translation>党籍状态为“{status}”的党员不能办理此项变更。</translation>
    </message>
    <message>
        <source>The date comes before the member&apos;s last change ({date}).</source>
        <translation>日期早于该党员上一次变更的日期（{date}）。</translation>
    </message>
    <message>
        <source>Give the reason for voiding.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <source>Give the reason for undoing.</source>
        <translation>请填写撤销原因。</translation>
    </message>
    <message>
        <source>Only the last change of {name} can be undone, and it has changed since. Look at the roll history in the details.</source>
        <translation>只能撤销{name}最近一次的变更，而此后又有了新的变更。请在“查看详情”中查看党籍变更记录。</translation>
    </message>
    <message>
        <source>The record cannot be restored: its ID number now belongs to {name} ({status}).</source>
        <translation>无法恢复该记录：其公民身份号码现已登记给{name}（{status}）。</translation>
    </message>
</context>
<context>
    <name>MemberDetailDialog</name>
    <message>
        <source>Party member: {name}</source>
        <translation>党员信息：{name}</translation>
    </message>
    <message>
        <source>This record was voided. It no longer appears in registers.</source>
        <translation>该记录已作废，不再出现在花名册中。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Joined the Party on</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Full member on</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>正式/预备</translation>
    </message>
    <message>
        <source>Roll status</source>
        <translation>党籍状态</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>现居住地</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>Roll history</source>
        <translation>党籍变动记录</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更事项</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>{change} (undone)</source>
        <translation>{change}（已撤销）</translation>
    </message>
    <message>
        <source>undone: {why}</source>
        <translation>已撤销：{why}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a Party member</source>
        <translation>新增党员</translation>
    </message>
    <message>
        <source>Edit Party member: {name}</source>
        <translation>编辑党员：{name}</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>18 characters; the last may be X</source>
        <translation>18位，末位可为X</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Automatic: full member when the full-member date is known or the member joined more than a year ago.</source>
        <translation>自动：已填转正日期或入党满一年的，按正式党员登记。</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>ID number *</source>
        <translation>公民身份号码 *</translation>
    </message>
    <message>
        <source>Date of birth / sex</source>
        <translation>出生日期 / 性别</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Joined the Party on</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Full member on</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Full / probationary</source>
        <translation>正式/预备</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>现居住地</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>党员类别</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Type a name or the ID number&apos;s last digits</source>
        <translation>输入姓名或身份证号后几位</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Add member</source>
        <translation>新增党员</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Change roll status</source>
        <translation>变更党籍状态</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>View details</source>
        <translation>查看详情</translation>
    </message>
    <message>
        <source>Print contact cards</source>
        <translation>打印联系卡</translation>
    </message>
    <message>
        <source>Print work handbooks</source>
        <translation>打印工作手册</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Include transferred out, deceased etc.</source>
        <translation>包括已转出/去世等</translation>
    </message>
    <message>
        <source>Show voided records</source>
        <translation>显示已作废</translation>
    </message>
    <message>
        <source>List only the voided records, with the reason each was voided</source>
        <translation>只列出已作废的记录及其作废原因</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last roll change or void (Ctrl+Z)</source>
        <translation>撤销最近一次党籍变更或作废（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员管理</translation>
    </message>
    <message>
        <source>A village&apos;s record is read-only here; return it to the village.</source>
        <translation>村（社区）的记录在本站只读，如需更正请退回该村（社区）。</translation>
    </message>
    <message>
        <source>Void record: {name}</source>
        <translation>作废记录：{name}</translation>
    </message>
    <message>
        <source>Void a record only if it was entered by mistake. It disappears from the registers and statistics but stays in the history with the reason. To record a transfer or a death, change the roll status instead.</source>
        <translation>仅在信息录入错误时作废。作废后，该记录不再出现在花名册和统计中，但连同作废原因保留在历史记录里。如需登记转出、去世等情况，请使用“变更党籍状态”。</translation>
    </message>
    <message>
        <source>Void the record of {name}?</source>
        <translation>确定作废{name}的记录吗？</translation>
    </message>
    <message>
        <source>The record disappears from the roll and the statistics. It stays in the history with the reason “{reason}” and is shown with “Show voided records”. The void can be undone.</source>
        <translation>作废后该记录不再出现在花名册和统计中，但连同原因“{reason}”保留在历史记录中，勾选“显示已作废”可以查看。作废可以撤销。</translation>
    </message>
    <message>
        <source>Undo the void: {name}</source>
        <translation>撤销作废：{name}</translation>
    </message>
    <message>
        <source>The record of {name} comes back on the registers as it was before the void. The void stays in the roll history, marked as undone, with the reason given here.</source>
        <translation>{name}的记录将恢复到作废前的状态，重新出现在花名册中。这次作废仍保留在党籍变更记录中，标为已撤销，并记下这里填写的原因。</translation>
    </message>
    <message>
        <source>Undo “{change}”: {name}</source>
        <translation>撤销“{change}”：{name}</translation>
    </message>
    <message>
        <source>The change “{change}” of {date} is undone and {name} is “{status}” again. The change stays in the roll history, marked as undone, with the reason given here.</source>
        <translation>将撤销 {date} 的“{change}”，{name}恢复为“{status}”。这次变更仍保留在党籍变更记录中，标为已撤销，并记下这里填写的原因。</translation>
    </message>
    <message>
        <source>Entered by mistake</source>
        <translation>操作失误</translation>
    </message>
    <message>
        <source>The roll status of {name} is now “{status}”.</source>
        <translation>已将{name}的党籍状态变更为“{status}”。</translation>
    </message>
    <message>
        <source>The roll status of {name} is now “{status}”. {name} is no longer listed; tick “Include transferred out, deceased etc.” to see them.</source>
        <translation>已将{name}的党籍状态变更为“{status}”。{name}已不在花名册中显示，勾选“包括已转出/去世等”可以查看。</translation>
    </message>
    <message>
        <source>The record of {name} was voided (reason: {reason}). Tick “Show voided records” to find it.</source>
        <translation>已作废{name}的记录（原因：{reason}）。勾选“显示已作废”可以查看。</translation>
    </message>
    <message>
        <source>The void was undone: the record of {name} is back.</source>
        <translation>已撤销作废：{name}的记录已恢复。</translation>
    </message>
    <message>
        <source>“{change}” was undone: {name} is “{status}” again.</source>
        <translation>已撤销“{change}”：{name}恢复为“{status}”。</translation>
    </message>
    <message>
        <source>A voided record cannot be changed.</source>
        <translation>已作废的记录不能修改。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Enter the number of the request to merge into.</source>
        <translation>请填写要合并到的诉求编号。</translation>
    </message>
    <message>
        <source>Merge into another request</source>
        <translation>合并诉求</translation>
    </message>
    <message>
        <source>Merge into (number):</source>
        <translation>合并到（编号）：</translation>
    </message>
    <message>
        <source>e.g. DHC-2026-0012</source>
        <translation>例如 DHC-2026-0012</translation>
    </message>
    <message>
        <source>This request is closed as merged; its requester and attachments move to the other request.</source>
        <translation>本诉求将以“已合并”办结，诉求人和附件转到另一件诉求。</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>In-service members who reported to the community</source>
        <translation>在职党员报到名单</translation>
    </message>
    <message>
        <source>Service posts</source>
        <translation>服务岗位</translation>
    </message>
    <message>
        <source>Public notice of in-service members reporting to the community</source>
        <translation>在职党员进社区报到公示</translation>
    </message>
    <message>
        <source>The following in-service Party members reported to the community in {year} and claimed service posts. They are made public here for the people&apos;s supervision.</source>
        <translation>以下在职党员已于 {year} 年度到社区报到并认领服务岗位，现予以公示，接受群众监督。</translation>
    </message>
    <message>
        <source>{year}-{month}-{day}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>Notice period: {start} to {end}</source>
        <translation>公示期：{start}至{end}</translation>
    </message>
    <message>
        <source>Anyone who objects may tell {name} during the notice period, in person or by phone: {phone}.</source>
        <translation>如有异议，请于公示期内当面或电话向{name}反映，联系电话：{phone}。</translation>
    </message>
    <message>
        <source>(stamp)</source>
        <translation>（盖章）</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Public notice of registrations and posts</source>
        <translation>进驻公示</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>公示期</translation>
    </message>
    <message>
        <source>Objections to</source>
        <translation>异议受理人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>ID numbers and phones are shown in part, as the settings say.</source>
        <translation>公民身份号码和电话号码按设置中的脱敏规则部分隐去。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The notice period ends before it begins.</source>
        <translation>公示期的截止日期早于起始日期。</translation>
    </message>
</context>
<context>
    <name>OffsetsDialog</name>
    <message>
        <source>Printer offsets</source>
        <translation>打印机偏移</translation>
    </message>
    <message>
        <source>Right (X)</source>
        <translation>向右（X）</translation>
    </message>
    <message>
        <source>Down (Y)</source>
        <translation>向下（Y）</translation>
    </message>
    <message>
        <source>Print the calibration page and measure where its 100 mm rulers land. If the printout sits too far left, enter a positive X; too high, a positive Y. Cards and the calibration page move by these amounts.</source>
        <translation>请先打印校准页，量一量100毫米标尺的实际位置。打印内容偏左时填正的X值，偏上时填正的Y值。联系卡和校准页将按此数值整体移动。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>Ownership</name>
    <message>
        <source>This record belongs to {village} and is read-only here. Return it to the village for correction instead.</source>
        <translation>该记录属于{village}，在本站只读。如需更正，请退回该村（社区）修改。</translation>
    </message>
</context>
<context>
    <name>PartyList</name>
    <message>
        <source>Add a party</source>
        <translation>添加当事人</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Search the residents: name, pinyin, ID number&apos;s last digits or phone</source>
        <translation>搜索居民：姓名、拼音、身份证号后几位或电话</translation>
    </message>
    <message>
        <source>Search the Party members: name, pinyin, ID number&apos;s last digits or phone</source>
        <translation>搜索党员：姓名、拼音、身份证号后几位或电话</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Party {number}</source>
        <translation>当事人 {number}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Too short</source>
        <translation>太短</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>口令至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>The passphrase is weak: a longer one mixing letters, digits and signs (or a few Chinese words) is much harder to guess.</source>
        <translation>口令强度弱：更长、混合字母、数字和符号（或由几个汉字词语组成）的口令更难被猜到。</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Personal data of {name}</source>
        <translation>{name}个人信息副本</translation>
    </message>
    <message>
        <source>This document is {name}&apos;s personal data, with the full ID number and phone. Hand it to {name} in person only; do not copy it, post it or leave it at the station.</source>
        <translation>本文件是{name}本人的个人信息，含完整的公民身份号码和联系电话。只交{name}本人，不得复印、张贴或留存在服务站。</translation>
    </message>
    <message>
        <source>Everything {station} holds about this person, as of {at}; made by {by} (the export is recorded in the audit log).</source>
        <translation>{station}保存的此人全部信息，截至{at}；导出人：{by}（本次导出已记入操作日志）。</translation>
    </message>
    <message>
        <source>Personal data — hand to the person only</source>
        <translation>个人信息——只交本人</translation>
    </message>
    <message>
        <source>None held.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>1. The person</source>
        <translation>一、本人信息</translation>
    </message>
    <message>
        <source>2. Party member record</source>
        <translation>二、党员信息</translation>
    </message>
    <message>
        <source>3. Household</source>
        <translation>三、户籍信息</translation>
    </message>
    <message>
        <source>4. Relief groups</source>
        <translation>四、救助群体</translation>
    </message>
    <message>
        <source>5. In-service members in the community</source>
        <translation>五、在职党员进社区</translation>
    </message>
    <message>
        <source>6. Requests made</source>
        <translation>六、本人提出的民情诉求</translation>
    </message>
    <message>
        <source>7. Disputes as a party</source>
        <translation>七、本人作为当事人的矛盾纠纷</translation>
    </message>
    <message>
        <source>8. Cadre links</source>
        <translation>八、包村联户</translation>
    </message>
    <message>
        <source>9. Audit log entries about these records</source>
        <translation>九、涉及本人记录的操作日志</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Removed from the household</source>
        <translation>已从户中移除</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Resident record</source>
        <translation>居民记录</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <source>Roll status</source>
        <translation>党籍状态</translation>
    </message>
    <message>
        <source>Joined the Party</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Full member since</source>
        <translation>转正时间</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>正式/预备</translation>
    </message>
    <message>
        <source>Member categories</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>报到</translation>
    </message>
    <message>
        <source>Post claimed</source>
        <translation>认领岗位</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Card number / post / pledge</source>
        <translation>联系卡号/岗位/承诺</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>排查日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简要情况</translation>
    </message>
    <message>
        <source>Links as a cadre</source>
        <translation>作为干部联系的户</translation>
    </message>
    <message>
        <source>Cadre linking the household</source>
        <translation>联系本户的干部</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>联户</translation>
    </message>
    <message>
        <source>Household or cadre</source>
        <translation>户或干部</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>联户原因</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What changed (masked as the log keeps it)</source>
        <translation>变更内容（按日志所存脱敏）</translation>
    </message>
    <message>
        <source>Villager group / grid</source>
        <translation>村民小组/网格</translation>
    </message>
    <message>
        <source>Other people of the household</source>
        <translation>同户其他人员</translation>
    </message>
    <message>
        <source>Relief groups</source>
        <translation>救助群体</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>请填写联系电话。</translation>
    </message>
    <message>
        <source>The phone number contains characters that do not belong: {chars}</source>
        <translation>电话号码中含有无效字符：{chars}</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits starting with 13 to 19; this one has {count}.</source>
        <translation>手机号码应为以13至19开头的11位数字，当前填写的有 {count} 位。</translation>
    </message>
    <message>
        <source>This is not a phone number. Enter an 11-digit mobile number or a landline with its area code, for example 0531-12345678.</source>
        <translation>这不是有效的电话号码。请填写11位手机号码，或带区号的固定电话，如 0531-12345678。</translation>
    </message>
    <message>
        <source>Add the area code to the landline number, for example 0531-12345678.</source>
        <translation>固定电话请加区号，如 0531-12345678。</translation>
    </message>
</context>
<context>
    <name>PledgeDialog</name>
    <message>
        <source>Pledges of {name}, {year}</source>
        <translation>{name} {year}年度承诺</translation>
    </message>
    <message>
        <source>Pledge 1</source>
        <translation>承诺一</translation>
    </message>
    <message>
        <source>Pledge 2</source>
        <translation>承诺二</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Add a service post</source>
        <translation>新增服务岗位</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>编辑岗位</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>岗位名称 *</translation>
    </message>
    <message>
        <source>Places *</source>
        <translation>名额 *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>岗位职责</translation>
    </message>
    <message>
        <source>Community contact</source>
        <translation>社区联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>PostsTab</name>
    <message>
        <source>Add post…</source>
        <translation>新增岗位…</translation>
    </message>
    <message>
        <source>Edit post…</source>
        <translation>编辑岗位…</translation>
    </message>
    <message>
        <source>Claim…</source>
        <translation>认领…</translation>
    </message>
    <message>
        <source>End claim…</source>
        <translation>结束认领…</translation>
    </message>
    <message>
        <source>Holders and history of “{post}”</source>
        <translation>“{post}”岗位认领情况及历史</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>打印预览——{title}</translation>
    </message>
    <message>
        <source>{count} page(s)</source>
        <translation>共 {count} 页</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>用系统程序打开</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>These characters cannot be printed (no font has them) and stay blank:</source>
        <translation>以下字符无法打印（没有字体包含这些字符），将显示为空框：</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No program on this computer opens PDF files.</source>
        <translation>本机没有可以打开PDF文件的程序。</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>保存PDF文件</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved:
{error}</source>
        <translation>PDF文件未能保存：
{error}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>The row of the sheet that holds the column names</source>
        <translation>工作表中列名所在的行</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Click a row to read all of its details here.</source>
        <translation>点击表中某一行，可在此查看该行的全部说明。</translation>
    </message>
    <message>
        <source>Column names are in row</source>
        <translation>列名所在行</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation>{label}（{count}）</translation>
    </message>
    <message>
        <source>Row {line}: {name}</source>
        <translation>第{line}行：{name}</translation>
    </message>
</context>
<context>
    <name>PrintFit</name>
    <message>
        <source>does not fit in its space: {text}</source>
        <translation>在版面内放不下：{text}</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Contact cards…</source>
        <translation>联系卡…</translation>
    </message>
    <message>
        <source>Work handbooks…</source>
        <translation>工作手册…</translation>
    </message>
    <message>
        <source>Ledgers</source>
        <translation>登记台账</translation>
    </message>
    <message>
        <source>Statistics table of Party members</source>
        <translation>党员基本情况统计表</translation>
    </message>
    <message>
        <source>Public notice of registrations…</source>
        <translation>进驻公示…</translation>
    </message>
    <message>
        <source>Calibration page…</source>
        <translation>校准页…</translation>
    </message>
    <message>
        <source>Printer offsets…</source>
        <translation>打印机偏移设置…</translation>
    </message>
    <message>
        <source>{count} of the members selected have not reported this year and have no contact card: {names}</source>
        <translation>所选党员中有 {count} 人本年度未报到，没有联系卡：{names}</translation>
    </message>
    <message>
        <source>This member has not reported this campaign year, so there is no contact card.</source>
        <translation>该党员本年度未报到，没有联系卡</translation>
    </message>
    <message>
        <source>None of the selected members has reported this campaign year, so there are no contact cards.</source>
        <translation>所选党员本年度均未报到，没有联系卡。</translation>
    </message>
    <message>
        <source>Contact cards</source>
        <translation>联系卡</translation>
    </message>
    <message>
        <source>A card is made when the member reports: In-service members → Registration.</source>
        <translation>党员报到后才有联系卡：在职党员报到 → 报到登记。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No member has the ID number {numbers}.</source>
        <translation>没有公民身份号码为 {numbers} 的党员。</translation>
    </message>
    <message>
        <source>The station is not set up yet.</source>
        <translation>服务站尚未设置。</translation>
    </message>
    <message>
        <source>An offset is between -{most} and {most} millimetres.</source>
        <translation>偏移量应在 -{most} 至 {most} 毫米之间。</translation>
    </message>
    <message>
        <source>Gathering the records…</source>
        <translation>正在汇集记录…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在生成PDF文件…</translation>
    </message>
    <message>
        <source>Contact cards</source>
        <translation>联系卡</translation>
    </message>
    <message>
        <source>Work handbooks</source>
        <translation>工作手册</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>校准页</translation>
    </message>
    <message>
        <source>Statistics table of Party members</source>
        <translation>党员基本情况统计表</translation>
    </message>
    <message>
        <source>Public notice of registrations</source>
        <translation>进驻公示</translation>
    </message>
    <message>
        <source>Writing {count} rows…</source>
        <translation>正在写入 {count} 行…</translation>
    </message>
    <message>
        <source>{record}: the character “{character}” ({codepoint})</source>
        <extracomment>Writes the PDF at the given path and returns the characters it could not draw (and the texts that did not fit). Named in quotes: the writers (ReportLab) load only when a job runs.</extracomment>
        <translation>{record}：字符“{character}”（{codepoint}）</translation>
    </message>
    <message>
        <source>Preparing “{title}”</source>
        <translation>正在生成“{title}”</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 处</translation>
    </message>
    <message>
        <source>No font on this computer has these characters; they print as □. Correct the records or install a font that has them:</source>
        <translation>本机没有任何字体包含以下字符，打印时将显示为□。请更正相关记录，或安装包含这些字符的字体：</translation>
    </message>
    <message>
        <source>Record sheet {number}</source>
        <translation>民情办理单 {number}</translation>
    </message>
    <message>
        <source>Figures of residents&apos; requests {first}–{last}</source>
        <translation>民情诉求三率统计表 {first}–{last}</translation>
    </message>
    <message>
        <source>Village profile</source>
        <translation>村情档案</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>No such person.</source>
        <translation>查无此人。</translation>
    </message>
    <message>
        <source>Give the months as a whole number from 0 (keep for ever) to {most}.</source>
        <translation>请填写0（永久保存）到{most}之间的整数月数。</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>个人信息导出…</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>页面顺序(&amp;O)：</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>每张纸页数(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>页面范围(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Figures of residents&apos; requests</source>
        <translation>民情诉求三率统计</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按来源渠道</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按分类</translation>
    </message>
    <message>
        <source>By person responsible</source>
        <translation>按责任人</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理日期：</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>起始日期晚于截止日期。</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>正在统计三率…</translation>
    </message>
    <message>
        <source>{count} requests; judged at {time}</source>
        <translation>共 {count} 件诉求，统计时点 {time}</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>{rate}: the requests counted ({count})</source>
        <translation>{rate}：分子中的诉求（{count} 件）</translation>
    </message>
    <message>
        <source>{rate}: the requests it is taken of ({count})</source>
        <translation>{rate}：分母中的诉求（{count} 件）</translation>
    </message>
    <message>
        <source>{group} · {title}</source>
        <translation>{group} · {title}</translation>
    </message>
    <message>
        <source>{group}: the requests ({count})</source>
        <translation>{group}：全部诉求（{count} 件）</translation>
    </message>
    <message>
        <source>Click to list these requests.</source>
        <translation>点击列出这些诉求。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>诉求数</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>The roster holds at most {most} people.</source>
        <translation>值班表最多{most}人。</translation>
    </message>
    <message>
        <source>Every name on the roster needs 1 to {most} characters.</source>
        <translation>值班表中每个姓名须为1至{most}个字。</translation>
    </message>
    <message>
        <source>Choose the weekdays or days of the month first.</source>
        <translation>请先选择每周的星期几或每月的日期。</translation>
    </message>
    <message>
        <source>Write the days of the month as numbers from 1 to 31, e.g. 4, 14, 24.</source>
        <translation>请用 1 到 31 的数字填写每月几号，例如 4, 14, 24。</translation>
    </message>
</context>
<context>
    <name>RecordCheck</name>
    <message>
        <source>Check the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>The database is sound, but {count} records break a rule. Nothing was changed: find each record by its name and correct it in its form.</source>
        <translation>数据库完好，但有 {count} 条记录不符合规则。程序没有做任何修改：请按姓名找到每条记录，在其表单中改正。</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 条</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Log a service</source>
        <translation>登记服务记录</translation>
    </message>
    <message>
        <source>e.g. 2 or 1.5</source>
        <translation>如 2 或 1.5</translation>
    </message>
    <message>
        <source>e.g. elderly living alone in group 3</source>
        <translation>如：3组独居老人</translation>
    </message>
    <message>
        <source>Optional: search the households by address or a resident&apos;s name</source>
        <translation>选填：按住址或居民姓名查找户</translation>
    </message>
    <message>
        <source>Member *</source>
        <translation>党员 *</translation>
    </message>
    <message>
        <source>Post *</source>
        <translation>岗位 *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Service done *</source>
        <translation>服务内容 *</translation>
    </message>
    <message>
        <source>Hours *</source>
        <translation>时长（小时）*</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>服务对象所在户</translation>
    </message>
    <message>
        <source>Record a request</source>
        <translation>新建诉求</translation>
    </message>
    <message>
        <source>Photos or scans:</source>
        <translation>照片或扫描件：</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源渠道：</translation>
    </message>
    <message>
        <source>Ticket number:</source>
        <translation>转办单号：</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>诉求人：</translation>
    </message>
    <message>
        <source>{head}&apos;s household — {address}</source>
        <translation>户主 {head} —— {address}</translation>
    </message>
    <message>
        <source>(no head entered)</source>
        <translation>（未登记户主）</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>所属户：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>诉求类型：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>诉求内容：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>受理人：</translation>
    </message>
    <message>
        <source>Received at:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>the number of the ticket passed down</source>
        <translation>上级转办单的编号</translation>
    </message>
</context>
<context>
    <name>RecordRegisterView</name>
    <message>
        <source>{count} records in total</source>
        <translation>共 {count} 条</translation>
    </message>
</context>
<context>
    <name>RecordTypes</name>
    <message>
        <source>Party members</source>
        <extracomment>Record type (syncable table name) → the register that shows its records. What the user calls each record type (syncable table), in the order the paper lists them. A record type added later gets its name here; an unknown one shows its table name.</extracomment>
        <translation>党员</translation>
    </message>
    <message>
        <source>Party branches and groups</source>
        <translation>党支部/党小组</translation>
    </message>
    <message>
        <source>Membership changes</source>
        <translation>党籍变动</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Relief categories</source>
        <translation>救助群体</translation>
    </message>
    <message>
        <source>Residents&apos; relief categories</source>
        <translation>居民救助类别</translation>
    </message>
    <message>
        <source>Cadre links to households</source>
        <translation>包村联户</translation>
    </message>
    <message>
        <source>Expected registrations</source>
        <translation>应报到名单</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>报到登记</translation>
    </message>
    <message>
        <source>Service posts</source>
        <translation>服务岗位</translation>
    </message>
    <message>
        <source>Post claims</source>
        <translation>岗位认领</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>党员承诺</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Dual assessments</source>
        <translation>双重考核</translation>
    </message>
    <message>
        <source>Residents&apos; requests</source>
        <translation>民情诉求</translation>
    </message>
    <message>
        <source>Handling records</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Request attachments</source>
        <translation>诉求附件</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
</context>
<context>
    <name>RecordWorkDialog</name>
    <message>
        <source>Record the work done</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>办理情况：</translation>
    </message>
    <message>
        <source>Done by:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>照片：</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Log service…</source>
        <translation>登记服务…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Totals per member</source>
        <translation>按党员汇总</translation>
    </message>
    <message>
        <source>Totals per post</source>
        <translation>按岗位汇总</translation>
    </message>
    <message>
        <source>{records} records, {hours} hours in {year}</source>
        <translation>{year}年度共 {records} 条记录，{hours} 小时</translation>
    </message>
    <message>
        <source>Void a service record</source>
        <translation>作废服务记录</translation>
    </message>
    <message>
        <source>A record entered by mistake is voided with a reason and leaves the totals.</source>
        <translation>误录的记录填写原因后作废，不再计入汇总。</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>Do not accept the request</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>不予受理理由：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>具体说明：</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Search: name, pinyin initials, ID number or phone (at least 4 digits)</source>
        <translation>搜索：姓名、拼音首字母、身份证号或手机号（至少4位）</translation>
    </message>
    <message>
        <source>Type at least {digits} digits</source>
        <translation>请至少输入{digits}位</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出Excel…</translation>
    </message>
    <message>
        <source>Save the rows and columns shown, in this order, as an .xlsx file</source>
        <translation>将当前显示的行和列按显示顺序保存为 .xlsx 文件</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <source>Columns shown</source>
        <translation>显示的列</translation>
    </message>
    <message>
        <source>{count} people in total</source>
        <translation>共 {count} 人</translation>
    </message>
    <message>
        <source>All villages / communities</source>
        <translation>全部村（社区）</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>Party member roll</source>
        <extracomment>Rows below the header that get the drop-down lists. The hidden sheet holding the drop-down lists&apos; values (part of the file, like the headers).</extracomment>
        <translation>党员花名册</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户籍</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Linked cadres</source>
        <translation>联户干部</translation>
    </message>
    <message>
        <source>Linked households</source>
        <extracomment>A cadre&apos;s households (the 包村联户 page), active and ended.</extracomment>
        <translation>联系户</translation>
    </message>
    <message>
        <source>Expected in-service members</source>
        <translation>在职党员应报到名单</translation>
    </message>
    <message>
        <source>In-service member registrations</source>
        <translation>在职党员报到登记台账</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>服务记录台账</translation>
    </message>
    <message>
        <source>Service posts</source>
        <translation>服务岗位</translation>
    </message>
    <message>
        <source>Post claims</source>
        <translation>岗位认领</translation>
    </message>
    <message>
        <source>Reporting by work unit</source>
        <translation>分单位报到情况</translation>
    </message>
    <message>
        <source>Service totals per member</source>
        <translation>服务汇总（按党员）</translation>
    </message>
    <message>
        <source>Service totals per post</source>
        <translation>服务汇总（按岗位）</translation>
    </message>
    <message>
        <source>Dual assessment</source>
        <translation>双重考核</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>联户干部</translation>
    </message>
    <message>
        <source>In-service members&apos; service records</source>
        <extracomment>The service records register (RECORD_REGISTER) as a household page shows it: its columns, the one household&apos;s rows only (so no village column, even at a township).</extracomment>
        <translation>在职党员服务记录</translation>
    </message>
    <message>
        <source>Household links</source>
        <extracomment>联户台账: each cadre&apos;s households under a band naming the cadre. The columns are the 包村联户 page&apos;s own (active links, so no end date), plus a blank column for visit notes written by hand.</extracomment>
        <translation>联户情况</translation>
    </message>
    <message>
        <source>Follow-up ledger</source>
        <extracomment>民情台账 as printed: the register&apos;s columns, the 内容摘要 and 办理结果 wrapped in full. 回访台账: the requests followed up, one row per 回访 (raw values: ISO dates, the follow-up&apos;s resolution and satisfaction codes, the names as written in the history).</extracomment>
        <translation>回访台账</translation>
    </message>
    <message>
        <source>Dispute ledger</source>
        <extracomment>矛盾纠纷排查化解台账 (its rows gathered by ``print_sources_disputes``): one row per dispute, raw values (ISO dates, enum codes). The parties are in the column keyed &quot;name&quot; and the 包案人 in &quot;assignee&quot;, the keys whose cells break only at &quot;·&quot; (reports.text_fit.NAME_KEYS); no ID number or phone is printed, and any in a name is masked.</extracomment>
        <translation>矛盾纠纷排查化解台账</translation>
    </message>
    <message>
        <source>Residents&apos; requests</source>
        <extracomment>The household page&apos;s section of the household&apos;s requests (one household: no village column).</extracomment>
        <translation>民情诉求</translation>
    </message>
    <message>
        <source>Ledger of residents&apos; requests</source>
        <extracomment>民情台账: the printed register of requests, in the columns the paper ledger has.</extracomment>
        <translation>民情台账</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Register an in-service member</source>
        <translation>在职党员报到登记</translation>
    </message>
    <message>
        <source>empty: as on the expected list or the roll</source>
        <translation>不填则按应报到名单或花名册</translation>
    </message>
    <message>
        <source>Handbook issued</source>
        <translation>已发放工作手册</translation>
    </message>
    <message>
        <source>a concrete promise for the year</source>
        <translation>本年度的一项具体承诺</translation>
    </message>
    <message>
        <source>Member *</source>
        <translation>党员 *</translation>
    </message>
    <message>
        <source>Reported on *</source>
        <translation>报到日期 *</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Pledges (1–2)</source>
        <translation>承诺（1至2项）</translation>
    </message>
</context>
<context>
    <name>RegistrationTab</name>
    <message>
        <source>Register…</source>
        <translation>报到登记…</translation>
    </message>
    <message>
        <source>Pledges…</source>
        <translation>承诺…</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>报到成功</translation>
    </message>
    <message>
        <source>{name} has reported. Contact card number: {card}</source>
        <translation>{name}已报到。联系卡号：{card}</translation>
    </message>
    <message>
        <source>Print contact card</source>
        <translation>打印联系卡</translation>
    </message>
</context>
<context>
    <name>Relief</name>
    <message>
        <source>Enter the name of the category.</source>
        <translation>请填写救助群体名称。</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>名称过长。</translation>
    </message>
    <message>
        <source>A category named {name} already exists.</source>
        <translation>已有名为{name}的救助群体。</translation>
    </message>
    <message>
        <source>The category was not found.</source>
        <translation>未找到该救助群体。</translation>
    </message>
</context>
<context>
    <name>ReliefCategoriesDialog</name>
    <message>
        <source>Relief categories</source>
        <translation>救助群体</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Offer again</source>
        <translation>恢复启用</translation>
    </message>
    <message>
        <source>Residents can be placed in these groups. A retired category is no longer offered, but residents who have it keep it.</source>
        <translation>居民可归入以下救助群体。停用的群体不再供选择，已归入的居民保留不变。</translation>
    </message>
    <message>
        <source>{name} ({count} residents)</source>
        <translation>{name}（{count} 人）</translation>
    </message>
    <message>
        <source>[retired]</source>
        <translation>［已停用］</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>新增救助群体</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename the category</source>
        <translation>重命名救助群体</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the request</source>
        <translation>重办诉求</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>重办原因：</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply to the requester</source>
        <translation>答复诉求人</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>答复内容：</translation>
    </message>
    <message>
        <source>Replied by:</source>
        <translation>答复人：</translation>
    </message>
</context>
<context>
    <name>Request</name>
    <message>
        <source>{name} is not an image or a PDF file; only photos, scans and PDF files can be attached.</source>
        <extracomment>How files of each kind begin (WebP: RIFF, then WEBP at offset 8).</extracomment>
        <translation>{name} 不是图片或 PDF 文件；只能添加照片、扫描件和 PDF 文件。</translation>
    </message>
    <message>
        <source>{name} is {size} MB; an attachment may be at most 20 MB.</source>
        <translation>{name} 大小为 {size} MB；附件不能超过 20 MB。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 是空文件。</translation>
    </message>
    <message>
        <source>{name} must be copied into the data folder before it is attached.</source>
        <translation>{name} 须先复制到数据文件夹，才能作为附件。</translation>
    </message>
    <message>
        <source>Write what the requester was told.</source>
        <translation>请填写答复诉求人的内容。</translation>
    </message>
    <message>
        <source>Name who replied.</source>
        <translation>请填写答复人。</translation>
    </message>
    <message>
        <source>Say whether the matter was solved.</source>
        <translation>请选择是否解决。</translation>
    </message>
    <message>
        <source>Say how satisfied the requester is.</source>
        <translation>请选择诉求人的满意度。</translation>
    </message>
    <message>
        <source>Choose the grounds for not accepting it.</source>
        <translation>请选择不予受理的理由。</translation>
    </message>
    <message>
        <source>Name the township department.</source>
        <translation>请填写上报的乡镇部门。</translation>
    </message>
    <message>
        <source>Write what the township is asked to do.</source>
        <translation>请填写需要乡镇协调解决的事项。</translation>
    </message>
    <message>
        <source>Write the department&apos;s reply.</source>
        <translation>请填写部门的答复。</translation>
    </message>
    <message>
        <source>{name} is responsible for it and not also a helper.</source>
        <translation>{name}是责任人，不能同时作为协办人。</translation>
    </message>
    <message>
        <source>{name} is named twice.</source>
        <translation>{name}重复填写。</translation>
    </message>
    <message>
        <source>Only {name}, the person responsible, can sign for this request.</source>
        <translation>只有责任人{name}才能签收此诉求。</translation>
    </message>
    <message>
        <source>The request has no deadline yet.</source>
        <translation>此诉求还没有办理时限。</translation>
    </message>
    <message>
        <source>The deadline ({due}) has passed; an extension must be asked for before the deadline runs out.</source>
        <translation>办理时限（{due}）已过；延期须在时限届满前申请。</translation>
    </message>
    <message>
        <source>The new deadline must be later than the current one ({due}).</source>
        <translation>新的时限须晚于现在的时限（{due}）。</translation>
    </message>
    <message>
        <source>Name the station head who approved the statement.</source>
        <translation>请填写批准无法解决说明的站长。</translation>
    </message>
    <message>
        <source>Reply to the requester before closing with a statement.</source>
        <translation>须先答复诉求人，才能凭无法解决说明销号。</translation>
    </message>
    <message>
        <source>The requester was dissatisfied at the last follow-up, so the request cannot be closed: it was reopened. Handle it again, reply and follow up.</source>
        <translation>最近一次回访诉求人不满意，不能销号：此诉求已转为重办。请重新办理、答复并回访。</translation>
    </message>
    <message>
        <source>The requester has not been asked back since the request was last handled. Close it after a follow-up that says it is solved, or with a statement why it cannot be solved, approved by the station&apos;s head.</source>
        <translation>此诉求办理后还没有回访。回访确认已解决后才能销号，或者填写经站长批准的无法解决说明。</translation>
    </message>
    <message>
        <source>The last follow-up says “{resolution}”. Close the request after a follow-up that says it is solved, or with a statement approved by the station&apos;s head.</source>
        <translation>最近一次回访结果为“{resolution}”。回访确认已解决后才能销号，或者填写经站长批准的无法解决说明。</translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation>请填写办理情况。</translation>
    </message>
    <message>
        <source>{name} is already responsible for it.</source>
        <translation>{name}已经是此诉求的责任人。</translation>
    </message>
    <message>
        <source>A request cannot be merged into itself.</source>
        <translation>诉求不能合并到它自己。</translation>
    </message>
    <message>
        <source>{number} is “{state}”; a request can only be merged into one still open.</source>
        <translation>{number} 当前为“{state}”；只能合并到尚未办结的诉求。</translation>
    </message>
    <message>
        <source>Enter the date and time.</source>
        <translation>请填写日期和时间。</translation>
    </message>
    <message>
        <source>Add the time of day, like 2026-05-20 09:30.</source>
        <translation>请写上时间，例如 2026-05-20 09:30。</translation>
    </message>
    <message>
        <source>Not a time. Write it like 2026-05-20 09:30.</source>
        <translation>时间格式不对，请写成 2026-05-20 09:30 这样。</translation>
    </message>
    <message>
        <source>The time is in the future.</source>
        <translation>时间晚于现在。</translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters.</source>
        <translation>内容太长：最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>Choose the channel.</source>
        <translation>请选择来源渠道。</translation>
    </message>
    <message>
        <source>“{name}” is not one of the station&apos;s channels.</source>
        <translation>“{name}”不在本站的来源渠道列表中。</translation>
    </message>
    <message>
        <source>Enter the ticket number of the request passed down by {channel}.</source>
        <translation>请填写{channel}的工单号。</translation>
    </message>
    <message>
        <source>“{name}” is not one of the station&apos;s categories.</source>
        <translation>“{name}”不在本站的分类列表中。</translation>
    </message>
    <message>
        <source>Say who raised the request.</source>
        <translation>请选择诉求人类别。</translation>
    </message>
    <message>
        <source>An anonymous request has no name.</source>
        <translation>匿名诉求不填写姓名。</translation>
    </message>
    <message>
        <source>Choose the requester from the search box.</source>
        <translation>请在搜索框中选择诉求人。</translation>
    </message>
    <message>
        <source>Write what the request is about.</source>
        <translation>请填写诉求内容。</translation>
    </message>
    <message>
        <source>Choose the type of request.</source>
        <translation>请选择诉求类型。</translation>
    </message>
    <message>
        <source>Choose how urgent it is.</source>
        <translation>请选择紧急程度。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>The resident was not found.</source>
        <translation>找不到该居民。</translation>
    </message>
    <message>
        <source>The member was not found.</source>
        <translation>找不到该党员。</translation>
    </message>
    <message>
        <source>The household was not found.</source>
        <translation>找不到该户。</translation>
    </message>
    <message>
        <source>There is no request numbered {number}.</source>
        <translation>没有编号为 {number} 的诉求。</translation>
    </message>
    <message>
        <source>The list needs at least one entry.</source>
        <translation>列表中至少要有一项。</translation>
    </message>
    <message>
        <source>Each entry has 1 to 20 characters.</source>
        <translation>每一项为 1 到 20 个字。</translation>
    </message>
    <message>
        <source>An entry is listed twice.</source>
        <translation>列表中有重复的项。</translation>
    </message>
    <message>
        <source>This request is “{state}”; “{action}” is not possible now.</source>
        <extracomment>States a request ends in; only 已销号 can be reopened. States in which the request is held against its deadline (due today, overdue). States in which the clock may stop (the calculator&apos;s rule table says which of them do). action → {state the step may follow: state it leads to}. Nothing else is allowed.</extracomment>
        <translation>此诉求当前为“{state}”，不能进行“{action}”。</translation>
    </message>
    <message>
        <source>The request was not found.</source>
        <translation>找不到该诉求。</translation>
    </message>
    <message>
        <source>The follow-up is dated before the reply ({time}); the requester is asked back after being answered.</source>
        <translation>回访时间早于答复时间（{time}）；应在答复诉求人之后回访。</translation>
    </message>
    <message>
        <source>The time is before the request came in ({time}).</source>
        <translation>时间早于受理时间（{time}）。</translation>
    </message>
    <message>
        <source>The time is before the request&apos;s last step ({time}).</source>
        <translation>时间早于此诉求上一步的时间（{time}）。</translation>
    </message>
    <message>
        <source>Enter the new deadline, like 2026-05-30.</source>
        <translation>请填写新的时限，例如 2026-05-30。</translation>
    </message>
    <message>
        <source>Name who approved the extension.</source>
        <translation>请填写延期的批准人。</translation>
    </message>
</context>
<context>
    <name>RequestExcel</name>
    <message>
        <source>Export the requests to Excel</source>
        <translation>导出民情诉求到 Excel</translation>
    </message>
    <message>
        <source>Exported {count} requests to:
{path}</source>
        <translation>已导出 {count} 件诉求到：
{path}</translation>
    </message>
    <message>
        <source>Exporting the requests to Excel</source>
        <translation>正在导出民情诉求到 Excel</translation>
    </message>
    <message>
        <source>Export this list to Excel…</source>
        <translation>导出当前列表到Excel…</translation>
    </message>
    <message>
        <source>Import a ledger of requests…</source>
        <translation>导入民情台账…</translation>
    </message>
</context>
<context>
    <name>RequestFigures</name>
    <message>
        <source>Figures of residents&apos; requests</source>
        <translation>民情诉求三率统计表</translation>
    </message>
    <message>
        <source>By source</source>
        <extracomment>The parts after the overall table: the heading, and how each group is named in a problem.</extracomment>
        <translation>按来源渠道</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按分类</translation>
    </message>
    <message>
        <source>By person responsible</source>
        <translation>按责任人</translation>
    </message>
    <message>
        <source>Each cell: the rate, and below it the requests counted above and below the line. The formulas are those of the first table; a dash: nothing to count.</source>
        <translation>每格上为比率，下为分子/分母（件数）；计算公式见第一张表；“—”表示无可统计的诉求。</translation>
    </message>
    <message>
        <source>Period: {first} – {last}    As of: {as_of}</source>
        <translation>统计期间：{first} 至 {last}；统计截至：{as_of}</translation>
    </message>
    <message>
        <source>Requests received in the period: {count} (not counting those not accepted or merged into another).</source>
        <translation>本期受理诉求 {count} 件（不含不予受理和已合并的诉求）。</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>计算公式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>No requests in the period.</source>
        <translation>本期无诉求。</translation>
    </message>
</context>
<context>
    <name>RequestFilterBar</name>
    <message>
        <source>Any channel</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理日期：</translation>
    </message>
</context>
<context>
    <name>RequestHistory</name>
    <message>
        <source>Responsible: {name}</source>
        <translation>责任人：{name}</translation>
    </message>
    <message>
        <source>; helpers: {names}</source>
        <translation>；协办人：{names}</translation>
    </message>
    <message>
        <source>{statement} (approved by {name})</source>
        <translation>{statement}（审批人：{name}）</translation>
    </message>
    <message>
        <source>New time limit {due}: {reason} (approved by {name})</source>
        <translation>延期至 {due}：{reason}（审批人：{name}）</translation>
    </message>
    <message>
        <source>Reopened by the follow-up</source>
        <translation>回访未解决或不满意，自动重办</translation>
    </message>
</context>
<context>
    <name>RequestListsForm</name>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Needs the upper level&apos;s ticket number</source>
        <translation>需填写转办单号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>The sources and categories a new request can be given. Each entry has 1 to {limit} characters. Requests already recorded keep the names they were given.</source>
        <translation>新登记的诉求可选用的来源渠道和分类。每一项为 1 到 {limit} 个字。已登记的诉求保留原来的名称。</translation>
    </message>
</context>
<context>
    <name>RequestSheet</name>
    <message>
        <source>PDF attachments (filed separately)</source>
        <translation>PDF 附件（另行归档）</translation>
    </message>
    <message>
        <source>Photos that could not be read</source>
        <translation>无法读取的照片</translation>
    </message>
    <message>
        <source>photo not printed (unreadable or missing): {names}</source>
        <translation>照片未印出（无法读取或文件缺失）：{names}</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>The columns&apos; shares of the table&apos;s width: time, step, by whom, what.</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>（续）</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Assisted by</source>
        <translation>协办人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>(reopened by the follow-up)</source>
        <translation>（回访后自动重办）</translation>
    </message>
    <message>
        <source>New time limit</source>
        <translation>新时限</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>上报部门</translation>
    </message>
    <message>
        <source>Solved?</source>
        <translation>是否解决</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Statement why it cannot be solved</source>
        <translation>无法解决说明</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Other request</source>
        <translation>关联诉求</translation>
    </message>
    <message>
        <source>Its requester</source>
        <translation>诉求人</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>诉求人</translation>
    </message>
    <message>
        <source>Requester is</source>
        <translation>诉求人类别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>所在户</translation>
    </message>
    <message>
        <source>Other requesters</source>
        <translation>共同诉求人</translation>
    </message>
    <message>
        <source>{type} (water, power or heating)</source>
        <translation>{type}（涉水、电、暖）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>转办单号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>诉求类型</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Signed for at</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>延期至</translation>
    </message>
    <message>
        <source>Replied at</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Followed up at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Times reopened</source>
        <translation>重办次数</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>销号时间</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>合并至</translation>
    </message>
    <message>
        <source>Record sheet of a resident&apos;s request</source>
        <translation>民情办理单</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <source>Handled by (signature)</source>
        <translation>经办人（签字）</translation>
    </message>
    <message>
        <source>Person in charge (signature)</source>
        <translation>负责人（签字）</translation>
    </message>
    <message>
        <source>Date:       year    month    day</source>
        <translation>日期：          年      月      日</translation>
    </message>
    <message>
        <source>{address} (head of household: {head})</source>
        <translation>{address}（户主：{head}）</translation>
    </message>
</context>
<context>
    <name>RequesterField</name>
    <message>
        <source>Search the residents: name, pinyin, ID number&apos;s last digits or phone</source>
        <extracomment>What a match shows of a resident and of a member (the numbers masked).</extracomment>
        <translation>搜索居民：姓名、拼音、身份证号后几位或电话</translation>
    </message>
    <message>
        <source>Search the Party members: name, pinyin, ID number&apos;s last digits or phone</source>
        <translation>搜索党员：姓名、拼音、身份证号后几位或电话</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>{due} ({mark})</source>
        <translation>{due}（{mark}）</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>All requests</source>
        <extracomment>The &quot;show&quot; filter: its key, its label, and the query it asks.</extracomment>
        <translation>全部诉求</translation>
    </message>
    <message>
        <source>To be assigned</source>
        <translation>待分派</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Awaiting follow-up</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重办过</translation>
    </message>
    <message>
        <source>Assign…</source>
        <extracomment>The step buttons: the action each takes, its label and its dialog.</extracomment>
        <translation>分派…</translation>
    </message>
    <message>
        <source>Sign for it…</source>
        <translation>签收…</translation>
    </message>
    <message>
        <source>Work record…</source>
        <translation>办理记录…</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>答复…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>销号…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <extracomment>The steps of the &quot;More steps&quot; menu.</extracomment>
        <translation>转派…</translation>
    </message>
    <message>
        <source>Extend the time limit…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>挂起…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Escalate to the township…</source>
        <translation>上报乡镇…</translation>
    </message>
    <message>
        <source>Township&apos;s reply…</source>
        <translation>登记乡镇答复…</translation>
    </message>
    <message>
        <source>Do not accept…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重办…</translation>
    </message>
    <message>
        <source>Merge into another…</source>
        <translation>合并到其他诉求…</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>新建诉求…</translation>
    </message>
    <message>
        <source>More steps</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <source>Turn into a dispute…</source>
        <translation>转为矛盾纠纷…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Request figures…</source>
        <translation>三率统计…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Record sheet of this request…</source>
        <translation>本件民情办理单…</translation>
    </message>
    <message>
        <source>Ledger of residents&apos; requests…</source>
        <translation>民情台账…</translation>
    </message>
    <message>
        <source>Ledger of follow-ups…</source>
        <translation>回访台账…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Residents&apos; requests</source>
        <translation>民情诉求</translation>
    </message>
    <message>
        <source>Reading the requests…</source>
        <translation>正在读取民情诉求……</translation>
    </message>
    <message>
        <source>{count} requests</source>
        <translation>共 {count} 件</translation>
    </message>
    <message>
        <source>Search: number, content, requester&apos;s name, pinyin or phone</source>
        <extracomment>Read with each row besides the shown columns: what the time left and the marks are judged by.</extracomment>
        <translation>搜索：编号、内容、诉求人姓名、拼音或电话</translation>
    </message>
</context>
<context>
    <name>RequestsSection</name>
    <message>
        <source>Record a request…</source>
        <extracomment>编号, 受理日期, 内容摘要, 状态, 责任人, 时限 (the request register&apos;s own columns). A row&apos;s action: its text, what it does, whether it may be done.</extracomment>
        <translation>登记诉求…</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>Add a resident</source>
        <translation>新增居民</translation>
    </message>
    <message>
        <source>Edit resident: {name}</source>
        <translation>编辑居民：{name}</translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <source>18 characters; the last may be X</source>
        <translation>18位，末位可为X</translation>
    </message>
    <message>
        <source>No longer offered; kept for this resident</source>
        <translation>已停用，本居民保留</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>ID number *</source>
        <translation>公民身份号码 *</translation>
    </message>
    <message>
        <source>Date of birth / sex</source>
        <translation>出生日期/性别</translation>
    </message>
    <message>
        <source>Relation to head *</source>
        <translation>与户主关系 *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Relief categories</source>
        <translation>救助群体</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume the request</source>
        <translation>恢复办理</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
</context>
<context>
    <name>RetentionForm</name>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Keep for ever</source>
        <translation>永久保存</translation>
    </message>
    <message>
        <source>View the due list…</source>
        <translation>查看到期名单…</translation>
    </message>
    <message>
        <source>Records of residents removed from their household and of members transferred out are kept this long; 0 keeps them for ever. The program never deletes them by itself: the administrator reviews the due list.</source>
        <translation>已从户中移除的居民和已转出党员的记录保存这么久；填0为永久保存。程序从不自行删除：由管理员审阅到期名单。</translation>
    </message>
    <message>
        <source>Keep the records of people who moved away for</source>
        <translation>迁出人员记录保存</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return a record for correction</source>
        <translation>退回记录修改</translation>
    </message>
    <message>
        <source>Record ID (UUID)</source>
        <translation>记录编号（UUID）</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>退回意见</translation>
    </message>
</context>
<context>
    <name>RollStatusDialog</name>
    <message>
        <source>Change roll status: {name}</source>
        <translation>变更党籍状态：{name}</translation>
    </message>
    <message>
        <source>e.g. moved to another village&apos;s branch</source>
        <translation>如：组织关系转往其他村党支部</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>当前党籍状态</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更事项</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>{name} stays on the roll. The change is kept in the roll history and can be undone.</source>
        <translation>{name}仍在花名册中。这次变更记入党籍变更记录，可以撤销。</translation>
    </message>
    <message>
        <source>{name} will no longer be listed on the roll (tick “Include transferred out, deceased etc.” to see them) nor counted in the statistics. The change is kept in the roll history and can be undone.</source>
        <translation>变更后{name}不再列在花名册中（勾选“包括已转出/去世等”可以查看），也不计入统计。这次变更记入党籍变更记录，可以撤销。</translation>
    </message>
    <message>
        <source>Change the roll status of {name} to “{status}”?</source>
        <translation>确定将{name}的党籍状态变更为“{status}”吗？</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>确认变更</translation>
    </message>
</context>
<context>
    <name>RosterSearch</name>
    <message>
        <source>Search: name, pinyin initials, ID number or phone (at least 4 digits)</source>
        <translation>搜索：姓名、拼音首字母、身份证号或手机号（至少4位）</translation>
    </message>
    <message>
        <source>Type at least 4 digits of the ID number or phone.</source>
        <translation>请至少输入4位身份证号或手机号。</translation>
    </message>
    <message>
        <source>Every in-service member has reported this campaign year.</source>
        <translation>本报到年度的在职党员都已报到。</translation>
    </message>
    <message>
        <source>Nobody of those not yet reported matches.</source>
        <translation>未报到的党员中没有找到。</translation>
    </message>
    <message>
        <source>{count} found among those not yet reported.</source>
        <translation>在未报到的党员中找到 {count} 人。</translation>
    </message>
    <message>
        <source>{count} in-service member(s) not yet reported.</source>
        <translation>尚未报到的在职党员 {count} 人。</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Reception days and duty roster</source>
        <translation>民情接待日与值班表</translation>
    </message>
    <message>
        <source>Every week on:</source>
        <translation>每周：</translation>
    </message>
    <message>
        <source>e.g. 4, 14, 24 (逢四说事)</source>
        <translation>例如 4, 14, 24（逢四说事）</translation>
    </message>
    <message>
        <source>Days of the month:</source>
        <translation>每月几号：</translation>
    </message>
    <message>
        <source>Also on weekends and holidays</source>
        <translation>周末和节假日也接待</translation>
    </message>
    <message>
        <source>One name a line, on duty in turn</source>
        <translation>每行一个姓名，轮流值班</translation>
    </message>
    <message>
        <source>Duty roster:</source>
        <translation>值班表：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Change one&apos;s own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>核对密码</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>创建首个管理员账号</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>新增账号</translation>
    </message>
    <message>
        <source>List the accounts</source>
        <translation>查看账号列表</translation>
    </message>
    <message>
        <source>Lock or unlock an account</source>
        <translation>锁定或解锁账号</translation>
    </message>
    <message>
        <source>Reset an account&apos;s password</source>
        <translation>重置账号密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Reset the administrator&apos;s password with the recovery code</source>
        <translation>用恢复码重置管理员密码</translation>
    </message>
    <message>
        <source>Switch auto-login on or off</source>
        <translation>开启或关闭免登录</translation>
    </message>
    <message>
        <source>Set the idle screen lock</source>
        <translation>设置闲置锁屏时间</translation>
    </message>
    <message>
        <source>Read how the station signs in</source>
        <translation>读取本站登录方式</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>校验操作日志</translation>
    </message>
    <message>
        <source>List the audit log entries</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <source>Show an audit log entry&apos;s changes</source>
        <translation>查看日志条目的变更内容</translation>
    </message>
    <message>
        <source>Record an event in the audit log</source>
        <translation>在操作日志中记录事件</translation>
    </message>
    <message>
        <source>Read the time limit rules</source>
        <translation>查看办理时限规则</translation>
    </message>
    <message>
        <source>Save the time limit rules</source>
        <translation>保存办理时限规则</translation>
    </message>
    <message>
        <source>Restore the default time limit rules</source>
        <translation>恢复默认办理时限规则</translation>
    </message>
    <message>
        <source>Fill in demo disputes</source>
        <extracomment>What each dispute is about, by type (the station&apos;s default types).</extracomment>
        <translation>生成演示矛盾纠纷</translation>
    </message>
    <message>
        <source>Turn a request into a dispute</source>
        <translation>诉求转为矛盾纠纷</translation>
    </message>
    <message>
        <source>Set a dispute&apos;s warning level by hand</source>
        <translation>手动调整纠纷预警等级</translation>
    </message>
    <message>
        <source>Update a dispute&apos;s risk factors</source>
        <translation>更新纠纷风险因素</translation>
    </message>
    <message>
        <source>Record a mediation session</source>
        <translation>登记调解记录</translation>
    </message>
    <message>
        <source>Move a dispute up a mediation level</source>
        <translation>纠纷上移调解层级</translation>
    </message>
    <message>
        <source>Extend a dispute&apos;s mediation period</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>Change a dispute&apos;s case owner</source>
        <translation>更换包案人</translation>
    </message>
    <message>
        <source>Record the township&apos;s take-over of one dispute</source>
        <translation>记录单个纠纷的乡镇包案</translation>
    </message>
    <message>
        <source>Read the short code of dispute numbers</source>
        <translation>读取纠纷编号简码</translation>
    </message>
    <message>
        <source>Register a dispute</source>
        <translation>登记矛盾纠纷</translation>
    </message>
    <message>
        <source>Open a dispute</source>
        <translation>查看纠纷详情</translation>
    </message>
    <message>
        <source>Find a dispute by its number</source>
        <translation>按编号查找纠纷</translation>
    </message>
    <message>
        <source>List the disputes</source>
        <translation>查看矛盾纠纷列表</translation>
    </message>
    <message>
        <source>Read the dispute settings</source>
        <translation>查看矛盾纠纷设置</translation>
    </message>
    <message>
        <source>Save the dispute settings</source>
        <translation>保存矛盾纠纷设置</translation>
    </message>
    <message>
        <source>Record a mediation result</source>
        <translation>登记调解结果</translation>
    </message>
    <message>
        <source>Record an agreement&apos;s performance</source>
        <translation>登记协议履行情况</translation>
    </message>
    <message>
        <source>Follow up a dispute</source>
        <translation>登记纠纷回访</translation>
    </message>
    <message>
        <source>Close a dispute</source>
        <translation>纠纷销号</translation>
    </message>
    <message>
        <source>Mediate a dispute again</source>
        <translation>重新调解纠纷</translation>
    </message>
    <message>
        <source>Read the calendar for dispute time limits</source>
        <extracomment>Checks a step&apos;s fields against the dispute (problems into the errors), builds its details. Steps that follow a written one on their own (a LEVEL after a failed session, a REOPEN).</extracomment>
        <translation>读取纠纷期限所用日历</translation>
    </message>
    <message>
        <source>Load a dispute</source>
        <translation>读取纠纷记录</translation>
    </message>
    <message>
        <source>Check a dispute is this station&apos;s</source>
        <translation>核对纠纷属于本站</translation>
    </message>
    <message>
        <source>Write a checked dispute step</source>
        <translation>写入已核对的纠纷步骤</translation>
    </message>
    <message>
        <source>Prepare a dispute step&apos;s checks</source>
        <translation>准备纠纷步骤的核对数据</translation>
    </message>
    <message>
        <source>Check and write a dispute step</source>
        <translation>核对并写入纠纷步骤</translation>
    </message>
    <message>
        <source>Fill in demo households</source>
        <translation>生成演示户和居民</translation>
    </message>
    <message>
        <source>Link a cadre to a household</source>
        <translation>新增包村联户</translation>
    </message>
    <message>
        <source>End a household link</source>
        <translation>结束联户</translation>
    </message>
    <message>
        <source>List the linking cadres</source>
        <translation>查看联户干部列表</translation>
    </message>
    <message>
        <source>List a cadre&apos;s linked households</source>
        <translation>查看干部联系的户</translation>
    </message>
    <message>
        <source>List a household&apos;s linking cadres</source>
        <translation>查看联系本户的干部</translation>
    </message>
    <message>
        <source>Read the households-per-cadre limit</source>
        <translation>查看联户数上限</translation>
    </message>
    <message>
        <source>Set the households-per-cadre limit</source>
        <translation>设置联户数上限</translation>
    </message>
    <message>
        <source>Set up the default relief groups</source>
        <translation>建立默认救助群体</translation>
    </message>
    <message>
        <source>List the relief groups</source>
        <translation>查看救助群体列表</translation>
    </message>
    <message>
        <source>Add a relief group</source>
        <translation>新增救助群体</translation>
    </message>
    <message>
        <source>Rename a relief group</source>
        <translation>重命名救助群体</translation>
    </message>
    <message>
        <source>Retire or restore a relief group</source>
        <translation>停用或恢复救助群体</translation>
    </message>
    <message>
        <source>Register a household</source>
        <translation>登记户</translation>
    </message>
    <message>
        <source>Edit a household</source>
        <translation>修改户信息</translation>
    </message>
    <message>
        <source>Open a household</source>
        <translation>查看户信息</translation>
    </message>
    <message>
        <source>Void a household</source>
        <translation>作废户</translation>
    </message>
    <message>
        <source>Add a resident</source>
        <translation>新增居民</translation>
    </message>
    <message>
        <source>Edit a resident</source>
        <translation>修改居民信息</translation>
    </message>
    <message>
        <source>Open a resident</source>
        <translation>查看居民信息</translation>
    </message>
    <message>
        <source>Void a resident</source>
        <translation>作废居民</translation>
    </message>
    <message>
        <source>List a household&apos;s residents</source>
        <translation>查看户内居民</translation>
    </message>
    <message>
        <source>Show a household page</source>
        <translation>查看户情页</translation>
    </message>
    <message>
        <source>Check the member rows of an import</source>
        <translation>核对导入的党员数据</translation>
    </message>
    <message>
        <source>Export the requests</source>
        <translation>导出民情诉求</translation>
    </message>
    <message>
        <source>Check the request rows of an import</source>
        <translation>核对导入的诉求数据</translation>
    </message>
    <message>
        <source>Check the resident rows of an import</source>
        <translation>核对导入的居民数据</translation>
    </message>
    <message>
        <source>Preview an import</source>
        <translation>预览导入</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <source>Record a member&apos;s assessment</source>
        <translation>登记党员考核</translation>
    </message>
    <message>
        <source>Show a member&apos;s assessment evidence</source>
        <translation>查看考核依据</translation>
    </message>
    <message>
        <source>List the year&apos;s assessments</source>
        <translation>查看年度考核列表</translation>
    </message>
    <message>
        <source>Summarise the assessments by work unit</source>
        <translation>汇总各单位考核情况</translation>
    </message>
    <message>
        <source>Fill in demo in-service reporting</source>
        <translation>生成演示在职党员报到数据</translation>
    </message>
    <message>
        <source>Find a member by ID number</source>
        <translation>按公民身份号码查找党员</translation>
    </message>
    <message>
        <source>Find a service post by name</source>
        <translation>按名称查找服务岗位</translation>
    </message>
    <message>
        <source>List a member&apos;s pledges</source>
        <translation>查看党员承诺</translation>
    </message>
    <message>
        <source>Add a pledge</source>
        <translation>新增承诺</translation>
    </message>
    <message>
        <source>Replace a member&apos;s pledges</source>
        <translation>修改党员承诺</translation>
    </message>
    <message>
        <source>Write a member&apos;s new pledges</source>
        <translation>写入党员承诺</translation>
    </message>
    <message>
        <source>Add a service post</source>
        <translation>新增服务岗位</translation>
    </message>
    <message>
        <source>Edit a service post</source>
        <translation>修改服务岗位</translation>
    </message>
    <message>
        <source>List the service posts</source>
        <translation>查看服务岗位列表</translation>
    </message>
    <message>
        <source>List a post&apos;s claims</source>
        <translation>查看岗位认领情况</translation>
    </message>
    <message>
        <source>List a member&apos;s claimed posts</source>
        <translation>查看党员认领的岗位</translation>
    </message>
    <message>
        <source>Claim a service post</source>
        <translation>认领服务岗位</translation>
    </message>
    <message>
        <source>End a post claim</source>
        <translation>结束岗位认领</translation>
    </message>
    <message>
        <source>Record a service</source>
        <translation>登记服务记录</translation>
    </message>
    <message>
        <source>Void a service record</source>
        <translation>作废服务记录</translation>
    </message>
    <message>
        <source>List the service records</source>
        <translation>查看服务记录</translation>
    </message>
    <message>
        <source>Total the service hours</source>
        <translation>统计服务时长</translation>
    </message>
    <message>
        <source>List the in-service members</source>
        <translation>查看在职党员名册</translation>
    </message>
    <message>
        <source>List the members not yet reported</source>
        <translation>查看未报到党员</translation>
    </message>
    <message>
        <source>Check an in-service member</source>
        <translation>核对在职党员</translation>
    </message>
    <message>
        <source>Add a member to the expected list</source>
        <translation>加入应报到名单</translation>
    </message>
    <message>
        <source>Take a member off the expected list</source>
        <translation>移出应报到名单</translation>
    </message>
    <message>
        <source>List the expected members</source>
        <translation>查看应报到名单</translation>
    </message>
    <message>
        <source>Count the reporting by work unit</source>
        <translation>查看分单位报到情况</translation>
    </message>
    <message>
        <source>Record a member&apos;s reporting</source>
        <translation>登记报到</translation>
    </message>
    <message>
        <source>Correct a registration</source>
        <translation>修改报到信息</translation>
    </message>
    <message>
        <source>List the year&apos;s registrations</source>
        <translation>查看年度报到记录</translation>
    </message>
    <message>
        <source>Find a member&apos;s registration</source>
        <translation>查找党员报到记录</translation>
    </message>
    <message>
        <source>Read the in-service settings</source>
        <translation>查看在职党员报到设置</translation>
    </message>
    <message>
        <source>Read the station&apos;s short code</source>
        <translation>查看站点简码</translation>
    </message>
    <message>
        <source>Work out the station&apos;s short code</source>
        <translation>确定站点简码</translation>
    </message>
    <message>
        <source>Save the in-service settings</source>
        <translation>保存在职党员报到设置</translation>
    </message>
    <message>
        <source>Work out the current campaign year</source>
        <translation>确定当前报到年度</translation>
    </message>
    <message>
        <source>Read the reporting and linking settings</source>
        <translation>查看报到与联户设置</translation>
    </message>
    <message>
        <source>Save the reporting and linking settings</source>
        <translation>保存报到与联户设置</translation>
    </message>
    <message>
        <source>Read the masking rules</source>
        <translation>查看脱敏规则</translation>
    </message>
    <message>
        <source>Save the masking rules</source>
        <translation>保存脱敏规则</translation>
    </message>
    <message>
        <source>Find a branch in use</source>
        <translation>读取有效的党组织</translation>
    </message>
    <message>
        <source>List the branches</source>
        <translation>查看党组织列表</translation>
    </message>
    <message>
        <source>Add a branch</source>
        <translation>新增党组织</translation>
    </message>
    <message>
        <source>Edit a branch</source>
        <translation>修改党组织</translation>
    </message>
    <message>
        <source>Void a branch</source>
        <translation>作废党组织</translation>
    </message>
    <message>
        <source>Find a member&apos;s last undoable change</source>
        <translation>查找可撤销的党籍变更</translation>
    </message>
    <message>
        <source>Undo a member&apos;s last roll change</source>
        <translation>撤销党籍变更</translation>
    </message>
    <message>
        <source>Check a member&apos;s details</source>
        <translation>核对党员信息</translation>
    </message>
    <message>
        <source>Register a member</source>
        <translation>登记党员</translation>
    </message>
    <message>
        <source>Edit a member</source>
        <translation>修改党员信息</translation>
    </message>
    <message>
        <source>Open a member</source>
        <translation>查看党员信息</translation>
    </message>
    <message>
        <source>Show a member&apos;s roll history</source>
        <translation>查看党籍变更记录</translation>
    </message>
    <message>
        <source>Check a roll change</source>
        <translation>核对党籍变更</translation>
    </message>
    <message>
        <source>Record a roll change</source>
        <translation>登记党籍变更</translation>
    </message>
    <message>
        <source>Void a member</source>
        <translation>作废党员</translation>
    </message>
    <message>
        <source>Check a record is this station&apos;s</source>
        <translation>核对记录属于本站</translation>
    </message>
    <message>
        <source>Find the members to print by ID number</source>
        <translation>按公民身份号码选择打印的党员</translation>
    </message>
    <message>
        <source>Check who has a contact card</source>
        <translation>核对谁有联系卡</translation>
    </message>
    <message>
        <source>Print the contact cards</source>
        <translation>打印联系卡</translation>
    </message>
    <message>
        <source>Print the handbooks</source>
        <translation>打印工作手册</translation>
    </message>
    <message>
        <source>Read the printer offsets</source>
        <translation>查看打印偏移</translation>
    </message>
    <message>
        <source>Set the printer offsets</source>
        <translation>设置打印偏移</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>查找人员</translation>
    </message>
    <message>
        <source>Export a person&apos;s personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>Read the retention setting</source>
        <translation>查看保存期限</translation>
    </message>
    <message>
        <source>Change the retention setting</source>
        <translation>修改保存期限</translation>
    </message>
    <message>
        <source>List the people kept past the retention setting</source>
        <translation>查看到期名单</translation>
    </message>
    <message>
        <source>Add a year to the working-day calendar</source>
        <translation>导入年度工作日日历</translation>
    </message>
    <message>
        <source>Read a year of the working-day calendar</source>
        <translation>查看年度工作日日历</translation>
    </message>
    <message>
        <source>Reply to a requester</source>
        <translation>答复诉求人</translation>
    </message>
    <message>
        <source>Follow up a request</source>
        <translation>登记诉求回访</translation>
    </message>
    <message>
        <source>Close a request</source>
        <translation>诉求销号</translation>
    </message>
    <message>
        <source>Refuse a request</source>
        <translation>不予受理诉求</translation>
    </message>
    <message>
        <source>Reopen a request</source>
        <translation>诉求重办</translation>
    </message>
    <message>
        <source>Fill in demo requests</source>
        <extracomment>The fates and their weights: how far a request got. A request walked to ``in_progress`` whose deadline (一般 求助: 7 calendar days from 受理, the default rule) ends tonight. Requests received this many days ago or less are still open.</extracomment>
        <translation>生成演示民情诉求</translation>
    </message>
    <message>
        <source>Escalate a request to the township</source>
        <translation>诉求上报乡镇</translation>
    </message>
    <message>
        <source>Record the township&apos;s reply to an escalation</source>
        <translation>登记上级答复</translation>
    </message>
    <message>
        <source>Work out the three rates</source>
        <translation>统计三率</translation>
    </message>
    <message>
        <source>Assign a request</source>
        <translation>分派诉求</translation>
    </message>
    <message>
        <source>Sign for a request</source>
        <translation>签收诉求</translation>
    </message>
    <message>
        <source>Hand a request on</source>
        <translation>转派诉求</translation>
    </message>
    <message>
        <source>Record work on a request</source>
        <translation>登记办理记录</translation>
    </message>
    <message>
        <source>Merge two requests</source>
        <translation>合并诉求</translation>
    </message>
    <message>
        <source>Read the reception schedule</source>
        <translation>查看民情接待日安排</translation>
    </message>
    <message>
        <source>Save the reception schedule</source>
        <translation>保存民情接待日安排</translation>
    </message>
    <message>
        <source>Find the next reception day</source>
        <translation>查询下次民情接待日</translation>
    </message>
    <message>
        <source>Read the short code of request numbers</source>
        <translation>读取诉求编号简码</translation>
    </message>
    <message>
        <source>Register a request</source>
        <translation>受理民情诉求</translation>
    </message>
    <message>
        <source>Open a request</source>
        <translation>查看诉求详情</translation>
    </message>
    <message>
        <source>Find a request by its number</source>
        <translation>按编号查找诉求</translation>
    </message>
    <message>
        <source>List the requests</source>
        <translation>查看民情诉求列表</translation>
    </message>
    <message>
        <source>Read the channels and categories</source>
        <translation>查看来源渠道和分类</translation>
    </message>
    <message>
        <source>Save the channels and categories</source>
        <translation>保存来源渠道和分类</translation>
    </message>
    <message>
        <source>Load a request</source>
        <extracomment>Steps after which the round&apos;s deadline is counted again (unless a 延期 fixed it). Checks a step&apos;s fields against the request (problems into the errors) and builds its details. Steps that follow a written one on their own (the 重办 a follow-up triggers).</extracomment>
        <translation>读取诉求记录</translation>
    </message>
    <message>
        <source>Check a request is this station&apos;s</source>
        <translation>核对诉求属于本站</translation>
    </message>
    <message>
        <source>Count a request&apos;s time limit again</source>
        <translation>重新计算办理时限</translation>
    </message>
    <message>
        <source>Write a checked request step</source>
        <translation>写入已核对的诉求步骤</translation>
    </message>
    <message>
        <source>Check and write a request step</source>
        <translation>核对并写入诉求步骤</translation>
    </message>
    <message>
        <source>Read the working-day calendar</source>
        <translation>读取工作日日历</translation>
    </message>
    <message>
        <source>Extend a request&apos;s time limit</source>
        <translation>诉求延期</translation>
    </message>
    <message>
        <source>Suspend a request</source>
        <translation>挂起诉求</translation>
    </message>
    <message>
        <source>Resume a request</source>
        <translation>恢复办理诉求</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Fill the station with demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>Pick the demo&apos;s people</source>
        <extracomment>How many members&apos; households and members the requesters are drawn from, and how many cadres handle them.</extracomment>
        <translation>选取演示人员</translation>
    </message>
    <message>
        <source>Check every record</source>
        <translation>检查全部记录</translation>
    </message>
    <message>
        <source>Set up the station</source>
        <translation>设置站点信息</translation>
    </message>
    <message>
        <source>Read the station&apos;s details</source>
        <translation>查看站点信息</translation>
    </message>
    <message>
        <source>Show the workbench</source>
        <translation>查看工作台</translation>
    </message>
    <message>
        <source>List the villages&apos; sensitive changes</source>
        <extracomment>The record types whose changes the township lists (the registers a village&apos;s residents are most exposed in): table names, as the change lines name them.</extracomment>
        <translation>查看各村敏感信息变更</translation>
    </message>
    <message>
        <source>Read the villages&apos; audit log heads</source>
        <translation>查看各村日志链头</translation>
    </message>
    <message>
        <source>List the villages&apos; red and orange disputes</source>
        <extracomment>The colours on the township&apos;s to-do list, red first.</extracomment>
        <translation>查看各村红橙预警纠纷</translation>
    </message>
    <message>
        <source>Take over a village&apos;s dispute</source>
        <translation>乡镇包案</translation>
    </message>
    <message>
        <source>Gather the take-overs for a receipt</source>
        <translation>汇总回执中的包案信息</translation>
    </message>
    <message>
        <source>Check an enrolment file</source>
        <translation>核对登记文件</translation>
    </message>
    <message>
        <source>Enrol with the township</source>
        <translation>登记所属乡镇</translation>
    </message>
    <message>
        <source>Check a package&apos;s audit log</source>
        <translation>核对同步包中的操作日志</translation>
    </message>
    <message>
        <source>Hold a package whose audit log breaks</source>
        <translation>暂存操作日志断链的同步包</translation>
    </message>
    <message>
        <source>Keep a village&apos;s audit log entries</source>
        <translation>保存村级操作日志</translation>
    </message>
    <message>
        <source>Check a package&apos;s key and history</source>
        <translation>核对同步包的密钥和历史</translation>
    </message>
    <message>
        <source>Hold a package of a second copy of the data</source>
        <translation>暂存两份不同数据的同步包</translation>
    </message>
    <message>
        <source>Skip a package already imported</source>
        <translation>跳过已导入的同步包</translation>
    </message>
    <message>
        <source>Hold a package whose earlier data is missing</source>
        <translation>暂存缺少前序数据的同步包</translation>
    </message>
    <message>
        <source>Preview a package&apos;s records</source>
        <translation>预览同步包记录</translation>
    </message>
    <message>
        <source>Apply a package&apos;s records</source>
        <translation>写入同步包记录</translation>
    </message>
    <message>
        <source>Save a village&apos;s sync state</source>
        <translation>保存村级同步状态</translation>
    </message>
    <message>
        <source>Log an imported package</source>
        <translation>记录已导入的同步包</translation>
    </message>
    <message>
        <source>Check this is a township station</source>
        <extracomment>An import may touch any syncable record type, so every screen refreshes.</extracomment>
        <translation>核对本站为乡镇站点</translation>
    </message>
    <message>
        <source>Import the villages&apos; packages</source>
        <translation>导入村级同步包</translation>
    </message>
    <message>
        <source>Import one package</source>
        <translation>导入单个同步包</translation>
    </message>
    <message>
        <source>Write a package&apos;s notes</source>
        <extracomment>How many earlier packages a package names (newest confirmed one first, then the rest).</extracomment>
        <translation>生成同步包说明</translation>
    </message>
    <message>
        <source>Collect the changes for a package</source>
        <translation>汇总同步包的变更</translation>
    </message>
    <message>
        <source>Write the township&apos;s replies into the requests</source>
        <translation>写入乡镇答复</translation>
    </message>
    <message>
        <source>Add the township&apos;s calendar years</source>
        <translation>导入乡镇下发的日历</translation>
    </message>
    <message>
        <source>Write the township&apos;s take-overs into the disputes</source>
        <translation>写入乡镇包案</translation>
    </message>
    <message>
        <source>List the villages&apos; escalated requests</source>
        <translation>查看各村上报的诉求</translation>
    </message>
    <message>
        <source>Reply to a village&apos;s escalated request</source>
        <translation>答复村级上报诉求</translation>
    </message>
    <message>
        <source>Gather the replies for a receipt</source>
        <translation>汇总回执中的答复</translation>
    </message>
    <message>
        <source>Gather the calendar years for a receipt</source>
        <translation>汇总回执中的日历</translation>
    </message>
    <message>
        <source>Write the enrolment file</source>
        <translation>生成登记文件</translation>
    </message>
    <message>
        <source>Return a record for correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Write a village&apos;s receipt</source>
        <translation>生成回执</translation>
    </message>
    <message>
        <source>List the villages</source>
        <translation>查看各村同步情况</translation>
    </message>
    <message>
        <source>List the villages with no recent package</source>
        <translation>查看近期未报送的村</translation>
    </message>
    <message>
        <source>List the packages held as second copies</source>
        <translation>查看两份不同数据的同步包</translation>
    </message>
    <message>
        <source>List ID numbers held in two villages</source>
        <translation>查看跨村重复的公民身份号码</translation>
    </message>
    <message>
        <source>Check this is a village station</source>
        <translation>核对本站为村级站点</translation>
    </message>
    <message>
        <source>Export a sync package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <source>Import a receipt</source>
        <translation>导入回执</translation>
    </message>
    <message>
        <source>Show the sync status</source>
        <translation>查看同步状态</translation>
    </message>
    <message>
        <source>Mark a returned record corrected</source>
        <translation>标记退回记录已修改</translation>
    </message>
    <message>
        <source>Show a full number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Show a record&apos;s full numbers</source>
        <translation>显示记录的完整号码</translation>
    </message>
    <message>
        <source>Show a member&apos;s full numbers</source>
        <translation>显示党员的完整号码</translation>
    </message>
    <message>
        <source>Log an export with full numbers</source>
        <translation>记录完整号码导出</translation>
    </message>
    <message>
        <source>Log a print of personal data</source>
        <translation>记录个人信息打印</translation>
    </message>
    <message>
        <source>Show the village profile</source>
        <translation>查看村情档案</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>The events logged outside the core services, and what they are.</extracomment>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出操作日志</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Each language is named in itself, so a user who cannot read the current one still finds theirs.</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>A new language takes effect when VillageDesk is restarted.</source>
        <translation>更改的语言在重新启动程序后生效。</translation>
    </message>
    <message>
        <source>Edit the station&apos;s details…</source>
        <translation>修改服务站信息…</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>In-service reporting and cadre links</source>
        <translation>在职党员报到与包村联户</translation>
    </message>
    <message>
        <source>Masking on notices</source>
        <translation>公示脱敏</translation>
    </message>
    <message>
        <source>Request channels and categories</source>
        <translation>来源渠道与分类</translation>
    </message>
    <message>
        <source>Time limits of requests</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Accounts and security</source>
        <translation>账号与安全</translation>
    </message>
    <message>
        <source>Personal data retention</source>
        <translation>个人信息保存期限</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign for the request</source>
        <translation>签收诉求</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>签收人：</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Set up the 管理员 account</source>
        <translation>设置管理员账号</translation>
    </message>
    <message>
        <source>Several people may use this computer. The 管理员 account signs in with a password and adds the accounts of the others (录入员, 查看). A recovery code to print comes next: it resets the password if it is forgotten.</source>
        <translation>这台电脑可能有多人使用。管理员账号凭密码登录，并为其他人添加账号（录入员、查看）。接下来会给出一个恢复码供打印：忘记密码时可用它重设。</translation>
    </message>
    <message>
        <source>e.g. 王书记</source>
        <translation>例如：王书记</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>账号名：</translation>
    </message>
    <message>
        <source>Create the 管理员</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>Not now (sign in automatically)</source>
        <translation>暂不设置（免登录）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>Strength: {level}</source>
        <translation>强度：{level}</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>忘记密码</translation>
    </message>
    <message>
        <source>A 管理员 resets the password with the recovery code printed when the account was made. Other accounts: ask the 管理员 to reset the password.</source>
        <translation>管理员可用建账号时打印的恢复码重设密码。其他账号请找管理员重设密码。</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>恢复码：</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe, locked place, apart from the computer. With this code the 管理员 password can be reset when it is forgotten (sign-in window → Forgot password…). The code works once: after it is used, print the new code the program shows. Do not photograph this sheet or keep the code on the computer or a phone.</source>
        <translation>请将本页锁在安全的地方，不要与电脑放在一起。忘记管理员密码时，可用此恢复码重设密码（登录窗口 → 忘记密码…）。恢复码只能使用一次：用过后请打印程序显示的新恢复码。请勿拍照，也不要把恢复码存在电脑或手机上。</translation>
    </message>
    <message>
        <source>Recovery code of the 管理员</source>
        <translation>管理员恢复码</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>服务站：</translation>
    </message>
    <message>
        <source>(not set up yet)</source>
        <translation>（尚未设置）</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Keep it safe</source>
        <translation>请妥善保管</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>打印恢复码</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>This is the recovery code of the account {name}. It is shown only now and is not stored on the computer. Print it, or copy it onto paper, and keep the paper locked away.</source>
        <translation>这是账号 {name} 的恢复码。它只显示这一次，电脑上不保存。请打印或抄写在纸上，并锁好保管。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>I have copied it down</source>
        <translation>我已抄写</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The screen was locked after a time without use. Enter your password to go on.</source>
        <translation>长时间未操作，屏幕已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <source>Sign in to {station}.</source>
        <translation>登录{station}。</translation>
    </message>
    <message>
        <source>VillageDesk</source>
        <translation>村级党群服务站工作台</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Forgot password…</source>
        <translation>忘记密码…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Enter the account&apos;s name.</source>
        <translation>请输入账号名。</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <extracomment>The main window&apos;s actions by attribute name, and what each needs.</extracomment>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>Switch user / sign out</source>
        <translation>切换用户/退出登录</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Set up the 管理员 account…</source>
        <translation>设置管理员账号…</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>Signed in automatically ({name})</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The station&apos;s data in {path} could not be opened:
{error}</source>
        <translation>无法打开 {path} 中的服务站数据：
{error}</translation>
    </message>
    <message>
        <source>VillageDesk</source>
        <translation>村级党群服务站工作台</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>正在检查数据库</translation>
    </message>
    <message>
        <source>The database passed its check.</source>
        <translation>数据库检查通过。</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Today&apos;s backup was saved.</source>
        <translation>今日备份已完成。</translation>
    </message>
    <message>
        <source>The daily backup failed: {error}</source>
        <translation>每日备份失败：{error}</translation>
    </message>
    <message>
        <source>Looking for a sound backup</source>
        <translation>正在查找完好的备份</translation>
    </message>
    <message>
        <source>The database failed its check and no sound backup was found. VillageDesk stays read-only. Please ask for help before entering data.</source>
        <translation>数据库未通过检查，且未找到完好的备份。程序将保持只读状态。请先联系技术人员，再录入数据。</translation>
    </message>
    <message>
        <source>The database failed its check, so VillageDesk is read-only.

The newest sound backup is from {date}. Restore it now? The current data is backed up first.</source>
        <translation>数据库未通过检查，程序现为只读状态。

最近一份完好的备份形成于 {date}。是否立即恢复？恢复前会先备份当前数据。</translation>
    </message>
    <message>
        <source>The audit log failed its check: {problem}

The entries before it can still be read on the 操作日志 page. Please tell the township: the log can no longer vouch for what was done from there on.</source>
        <translation>操作日志校验未通过：{problem}

这之前的日志仍可在“操作日志”页查看。请告知乡镇：从这一条起，日志已不能证明做过哪些操作。</translation>
    </message>
    <message>
        <source>Checking the audit log</source>
        <translation>正在校验操作日志</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Enter the station&apos;s name.</source>
        <translation>请填写服务站名称。</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>名称过长。</translation>
    </message>
    <message>
        <source>The division code must be 12 digits, e.g. 370323104203.</source>
        <translation>行政区划代码应为12位数字，例如 370323104203。</translation>
    </message>
    <message>
        <source>Choose the station&apos;s level.</source>
        <translation>请选择服务站层级。</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <source>Set up the station</source>
        <translation>设置服务站</translation>
    </message>
    <message>
        <source>Station details</source>
        <translation>服务站信息</translation>
    </message>
    <message>
        <source>Welcome to VillageDesk. Enter this station&apos;s details once; they appear on printouts and in the data sent to the township.</source>
        <translation>欢迎使用村级党群服务站工作台。请先填写本服务站的基本信息，只需填写一次；这些信息将用于打印材料和向乡镇报送的数据。</translation>
    </message>
    <message>
        <source>12 digits, e.g. 370323104203</source>
        <translation>12位数字，例如 370323104203</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>服务站名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StationRulesDialog</name>
    <message>
        <source>Settings: in-service reporting and cadre links</source>
        <translation>设置：在职党员报到与包村联户</translation>
    </message>
</context>
<context>
    <name>StationRulesForm</name>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>Campaign year starts in</source>
        <translation>报到年度起始月份</translation>
    </message>
    <message>
        <source>In-service reporting counts by campaign year, named after the year it starts in. Registrations already recorded keep their year.</source>
        <translation>在职党员报到按报到年度统计，年度以起始所在年份命名。已登记的报到仍归原年度。</translation>
    </message>
    <message>
        <source>Short code on contact cards</source>
        <translation>联系卡号站点简码</translation>
    </message>
    <message>
        <source>Households per cadre</source>
        <translation>每名干部联户数</translation>
    </message>
    <message>
        <source>How many households each cadre should link. Linking more is allowed, with a warning.</source>
        <translation>每名干部应联系的户数。超过此数仍可联户，但会给出提醒。</translation>
    </message>
    <message>
        <source>2 to 4 letters in front of every card number, e.g. {code}-2026-0001. Leave it empty to use {derived}, from the station&apos;s name. Cards already issued keep their numbers.</source>
        <translation>联系卡号前的 2 至 4 个字母，如 {code}-2026-0001。不填则使用按服务站名称生成的 {derived}。已发放的联系卡号码不变。</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>30 and under</source>
        <translation>30岁及以下</translation>
    </message>
    <message>
        <source>31–40</source>
        <translation>31—40岁</translation>
    </message>
    <message>
        <source>41–50</source>
        <translation>41—50岁</translation>
    </message>
    <message>
        <source>51–60</source>
        <translation>51—60岁</translation>
    </message>
    <message>
        <source>61–70</source>
        <translation>61—70岁</translation>
    </message>
    <message>
        <source>71–80</source>
        <translation>71—80岁</translation>
    </message>
    <message>
        <source>Over 80</source>
        <translation>80岁以上</translation>
    </message>
    <message>
        <source>Under 5 years</source>
        <translation>不满5年</translation>
    </message>
    <message>
        <source>5–9 years</source>
        <translation>5—9年</translation>
    </message>
    <message>
        <source>10–19 years</source>
        <translation>10—19年</translation>
    </message>
    <message>
        <source>20–29 years</source>
        <translation>20—29年</translation>
    </message>
    <message>
        <source>30–49 years</source>
        <translation>30—49年</translation>
    </message>
    <message>
        <source>50 years and more</source>
        <translation>50年及以上</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>无类别</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Years of membership</source>
        <translation>党龄</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>正式/预备</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Party member statistics</source>
        <translation>党员基本情况统计</translation>
    </message>
    <message>
        <source>Counting members…</source>
        <translation>正在统计党员情况…</translation>
    </message>
    <message>
        <source>{count} members on the roll · as of {date}</source>
        <translation>在册党员 {count} 人 · 统计日期 {date}</translation>
    </message>
    <message>
        <source>Show these members</source>
        <translation>查看这些党员</translation>
    </message>
    <message>
        <source>{group} · {bucket} ({count} people)</source>
        <translation>{group} · {bucket}（{count}人）</translation>
    </message>
</context>
<context>
    <name>StatisticsTable</name>
    <message>
        <source>{group} (more than one may apply)</source>
        <translation>{group}（可多选）</translation>
    </message>
    <message>
        <source>Basic statistics of Party members</source>
        <translation>党员基本情况统计表</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>填报单位：{name}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>党员总数</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填表人</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>{number} · {state}</source>
        <translation>{number} · {state}</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>2026-05-20 09:30</source>
        <translation>2026-05-20 09:30</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This file is not a VillageDesk database.</source>
        <extracomment>Every revision this program knows, oldest first; the last one is the head.</extracomment>
        <translation>该文件不是 VillageDesk 数据库。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of VillageDesk ({revision}). Install the newer version; nothing was changed.</source>
        <translation>该数据库由更新版本的 VillageDesk（{revision}）写入。请安装新版本；当前数据未作任何改动。</translation>
    </message>
    <message>
        <source>The copy of the database failed its check: {path}</source>
        <translation>数据库副本未通过校验：{path}</translation>
    </message>
    <message>
        <source>The backup written to {path} could not be read back. Try another drive.</source>
        <translation>写入 {path} 的备份无法读回校验，请换一个存储设备重试。</translation>
    </message>
    <message>
        <source>The backup file is damaged and cannot be restored: {path}</source>
        <translation>备份文件已损坏，无法恢复：{path}</translation>
    </message>
    <message>
        <source>This file is not a VillageDesk backup: {path}</source>
        <translation>该文件不是 VillageDesk 备份文件：{path}</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of VillageDesk ({revision}). Install the newer version; nothing was changed.</source>
        <translation>该备份由更新版本的 VillageDesk（{revision}）生成。请安装新版本；当前数据未作任何改动。</translation>
    </message>
    <message>
        <source>VillageDesk is already running on this data folder ({path}). Close it first.</source>
        <translation>VillageDesk 已在此数据文件夹（{path}）中运行，请先将其关闭。</translation>
    </message>
    <message>
        <source>A branch named {name} already exists.</source>
        <translation>已存在名为“{name}”的党组织。</translation>
    </message>
    <message>
        <source>The database is being checked. Please try again in a moment.</source>
        <translation>正在检查数据库，请稍后再试。</translation>
    </message>
    <message>
        <source>The database failed its check and is open read-only. Restore a backup to continue.</source>
        <translation>数据库未通过检查，现以只读方式打开。请恢复备份后继续使用。</translation>
    </message>
    <message>
        <source>A relief category named {name} already exists.</source>
        <translation>已有名为{name}的救助群体。</translation>
    </message>
    <message>
        <source>A post named {name} already exists.</source>
        <translation>已有名为{name}的岗位。</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <extracomment>Less free space than this on the data folder&apos;s disk makes a disk I/O error a full disk.</extracomment>
        <translation>数据库正忙：另一个程序正在写入。请稍后再试。</translation>
    </message>
    <message>
        <source>The database cannot be written: the data folder or its disk is read-only. Nothing was saved.</source>
        <translation>数据库无法写入：数据文件夹或其所在磁盘是只读的。没有保存任何内容。</translation>
    </message>
    <message>
        <source>The database could not be read or written (a disk error). Nothing was saved. Check the disk, then run: villagedesk check</source>
        <translation>数据库无法读写（磁盘错误），没有保存任何内容。请检查磁盘，然后运行：villagedesk check</translation>
    </message>
    <message>
        <source>The database is damaged. Restore a backup: villagedesk backup list shows the backups, villagedesk backup restore NAME restores one.</source>
        <translation>数据库已损坏。请恢复备份：villagedesk backup list 列出备份，villagedesk backup restore 备份名 恢复其中一份。</translation>
    </message>
    <message>
        <source>The database file could not be opened: the data folder cannot be written, or the path is wrong.</source>
        <translation>无法打开数据库文件：数据文件夹不可写，或路径不对。</translation>
    </message>
    <message>
        <source>A value is too large to be saved.</source>
        <translation>有一项内容太大，无法保存。</translation>
    </message>
    <message>
        <source>Encrypting the backup…</source>
        <translation>正在加密备份…</translation>
    </message>
    <message>
        <source>Checking the backup on the drive…</source>
        <translation>正在核验U盘上的备份…</translation>
    </message>
    <message>
        <source>Decrypting the backup…</source>
        <translation>正在解密备份…</translation>
    </message>
    <message>
        <source>This file is not an encrypted VillageDesk backup: {path}</source>
        <translation>这不是 VillageDesk 的加密备份文件：{path}</translation>
    </message>
    <message>
        <source>The encrypted backup {path} is damaged or incomplete and cannot be restored; nothing was changed. Try another copy.</source>
        <translation>加密备份 {path} 已损坏或不完整，无法恢复；未做任何更改。请换一份备份再试。</translation>
    </message>
    <message>
        <source>The passphrase is not correct for the backup {path}; nothing was changed. Check the passphrase (and the input method) and try again.</source>
        <translation>口令不正确，无法打开备份 {path}；未做任何更改。请核对口令（以及输入法的中英文状态）后重试。</translation>
    </message>
    <message>
        <source>The encrypted backup {path} was written by a newer version of VillageDesk. Install the newer version; nothing was changed.</source>
        <translation>加密备份 {path} 是由更新版本的 VillageDesk 写入的。请安装新版本；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <source>Suspend the request</source>
        <translation>挂起诉求</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>挂起原因：</translation>
    </message>
    <message>
        <source>The time limit does not run while it is suspended.</source>
        <translation>挂起期间不计办理时限。</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This works only at a township station.</source>
        <translation>此功能仅限乡镇站点使用。</translation>
    </message>
    <message>
        <source>{name} ({code}) is a village not yet accepted here. Compare its key fingerprint {fingerprint} with the cover sheet; to accept it, import again with --accept {fingerprint}.</source>
        <extracomment>The outcomes that write to the township&apos;s database (outside a dry run).</extracomment>
        <translation>{name}（{code}）尚未在本站接收。请将其密钥指纹 {fingerprint} 与上报封面核对；确认无误后，使用 --accept {fingerprint} 重新导入。</translation>
    </message>
    <message>
        <source>{name} ({code}) signed this package with a different key (fingerprint {fingerprint}) from the accepted one ({known}). It is refused until the new key is accepted with --accept {fingerprint}.</source>
        <translation>{name}（{code}）的此数据包所用密钥（指纹 {fingerprint}）与已接收的密钥（{known}）不同，已拒收；须使用 --accept {fingerprint} 接收新密钥后方可导入。</translation>
    </message>
    <message>
        <source>Package {seq} from {name}: preview, nothing written.</source>
        <translation>{name} 第 {seq} 号包：预览，尚未写入任何数据。</translation>
    </message>
    <message>
        <source>Package {seq} from {name} imported.</source>
        <translation>{name} 第 {seq} 号包已导入。</translation>
    </message>
    <message>
        <source>Package {seq} from {name} was already imported on {date}; nothing changed.</source>
        <translation>{name} 第 {seq} 号包已导入过（导入日期 {date}），数据未作任何改动。</translation>
    </message>
    <message>
        <source>Package {seq} from {name} is older than the data already imported (up to package {last}); nothing changed.</source>
        <translation>{name} 第 {seq} 号包早于已导入的数据（已导入至第 {last} 号包），数据未作任何改动。</translation>
    </message>
    <message>
        <source>Package {seq} from {name} is held, not imported: the data before package {seq} is missing. Ask the village for a full export (sync export --full).</source>
        <translation>{name} 第 {seq} 号包暂缓导入：缺少第 {seq} 号包之前的数据。请村里重新完整导出（sync export --full）。</translation>
    </message>
    <message>
        <source>Write a comment saying what to correct.</source>
        <translation>请填写退回意见，说明需要更正的内容。</translation>
    </message>
    <message>
        <source>No record received from a village has the id {uuid}.</source>
        <translation>没有编号为 {uuid} 的村级上报记录。</translation>
    </message>
    <message>
        <source>No accepted village has the code {code}.</source>
        <translation>没有代码为 {code} 的已接收村。</translation>
    </message>
    <message>
        <source>Set up the station before using data sync.</source>
        <translation>请先设置服务站，再使用数据同步。</translation>
    </message>
    <message>
        <source>This is a township station; this works only at a village station.</source>
        <translation>本站为乡镇站点，此操作只能在村级站点进行。</translation>
    </message>
    <message>
        <source>This station is not enrolled with a township yet. Import the township&apos;s enrolment file first.</source>
        <translation>本站尚未登记到乡镇，请先导入乡镇的登记文件。</translation>
    </message>
    <message>
        <source>Collecting the changes…</source>
        <translation>正在收集变更…</translation>
    </message>
    <message>
        <source>This is a village station; it cannot import data packages.</source>
        <translation>本站为村级站点，不能导入同步包</translation>
    </message>
    <message>
        <source>This receipt is for station {village}, not for this station ({code}).</source>
        <translation>此回执是发给 {village} 的，不是发给本站（{code}）的。</translation>
    </message>
    <message>
        <source>This receipt answers another installation of this station (one installed or copied on another computer). Nothing was changed; ask the township for a receipt after it imported this computer&apos;s package.</source>
        <translation>这张回执是给本站另一套安装的（在别的电脑上安装或复制的）。未做任何修改；请在乡镇导入这台电脑的同步包后，再向乡镇要回执。</translation>
    </message>
    <message>
        <source>The field {field} is missing or invalid.</source>
        <extracomment>Record type (syncable table name) → its content validator.</extracomment>
        <translation>字段 {field} 缺失或无效。</translation>
    </message>
    <message>
        <source>The record belongs to another station ({code}).</source>
        <translation>该记录属于其他站点（{code}）。</translation>
    </message>
    <message>
        <source>The record is malformed.</source>
        <extracomment>Bookkeeping columns left out of &quot;changed fields&quot;.</extracomment>
        <translation>该记录格式不正确。</translation>
    </message>
    <message>
        <source>Sex or date of birth do not match the ID number.</source>
        <translation>性别或出生日期与公民身份号码不符。</translation>
    </message>
    <message>
        <source>Records of the type {type} are unknown to this version of VillageDesk.</source>
        <translation>当前版本的村级工作台无法识别“{type}”类型的记录。</translation>
    </message>
    <message>
        <source>A record with this id belongs to another station.</source>
        <translation>该编号的记录属于其他站点。</translation>
    </message>
    <message>
        <source>The record refers to a record that is missing.</source>
        <translation>该记录引用的记录不存在。</translation>
    </message>
    <message>
        <source>The record conflicts with a stored record: {detail}</source>
        <translation>该记录与已有记录冲突：{detail}</translation>
    </message>
    <message>
        <source>Writing and verifying the package…</source>
        <translation>正在写入并校验同步包…</translation>
    </message>
    <message>
        <source>This station already trusts the township {name} ({code}), key fingerprint {known}. The file comes from {new_name} ({new_code}) with another key, fingerprint {fingerprint}, and the trusted key did not sign it. Nothing was changed. If the township really has a new key, ask it for a file signed by its old key; to replace the township anyway, confirm with --replace-township {known}.</source>
        <translation>本站已信任乡镇 {name}（{code}），密钥指纹 {known}。此文件来自 {new_name}（{new_code}），使用另一个密钥，指纹 {fingerprint}，且未经已信任的密钥签名。未做任何修改。如果乡镇确实更换了密钥，请向乡镇索取由旧密钥签名的登记文件；如确需更换所属乡镇，请用 --replace-township {known} 确认。</translation>
    </message>
    <message>
        <source>The fingerprint {typed} is not the one of this enrolment file ({fingerprint}). Nothing was changed.</source>
        <translation>指纹 {typed} 与此登记文件的指纹（{fingerprint}）不一致。未做任何修改。</translation>
    </message>
    <message>
        <source>The enrolment changed meanwhile; try again.</source>
        <translation>登记信息刚刚发生了变化，请重试。</translation>
    </message>
    <message>
        <source>Two different copies of the data of {name} ({code}) exist: package {seq} (fingerprint {package}, key {fingerprint}) does not continue the history already imported ({known}): {why}. It is held, not imported. Ask the village which computer holds the real data; the other must not be used to report any more.</source>
        <extracomment>Reads what the township knows of one line of a village&apos;s history: seq → hash. ``learned=False``: the packages it imported and their predecessors (cheap); ``learned=True``: also every package those named (``links``).</extracomment>
        <translation>同一村出现两份不同的数据：{name}（{code}）第 {seq} 号同步包（包指纹 {package}，密钥 {fingerprint}）与已导入的数据（{known}）不是同一份历史：{why}。已暂存，未导入。请与该村核实哪台电脑上的数据是真的；另一台不能再用于上报。</translation>
    </message>
    <message>
        <source>a package with this number was imported already</source>
        <translation>相同编号的同步包已经导入过</translation>
    </message>
    <message>
        <source>it names an earlier package that was not imported</source>
        <translation>它所列的先前同步包与已导入的不符</translation>
    </message>
    <message>
        <source>it names none of the packages imported</source>
        <translation>它所列的先前同步包都不在已导入之列</translation>
    </message>
    <message>
        <source>it was signed with the village&apos;s key by another installation</source>
        <translation>它是另一套安装用该村的密钥签名的</translation>
    </message>
    <message>
        <source>it comes from before the village&apos;s last restore</source>
        <translation>它来自该村最近一次恢复备份之前</translation>
    </message>
    <message>
        <source>The key of this package (fingerprint {fingerprint}) is already accepted for the village {other}; it cannot also be the key of {name} ({code}). Nothing was imported.</source>
        <translation>此同步包的密钥（指纹 {fingerprint}）已被确认为村（社区）{other} 的密钥，不能同时作为 {name}（{code}）的密钥。未导入任何内容。</translation>
    </message>
    <message>
        <source>This computer cannot open the station&apos;s keys (the data folder may have been copied from another computer). Restore the encrypted USB backup here, or make new keys with: villagedesk sync new-keys (the township must then accept this station again).</source>
        <translation>这台电脑无法打开本站密钥（数据文件夹可能是从别的电脑复制来的）。请在这台电脑上恢复加密的U盘备份，或用 villagedesk sync new-keys 生成新密钥（之后乡镇需要重新确认本站）。</translation>
    </message>
    <message>
        <source>The station&apos;s key file is damaged. Restore the encrypted USB backup, or make new keys with: villagedesk sync new-keys.</source>
        <translation>本站密钥文件已损坏。请恢复加密的U盘备份，或用 villagedesk sync new-keys 生成新密钥。</translation>
    </message>
    <message>
        <source>Change numbers count edits, not records: every edit takes the next number, so a record edited several times uses several numbers but is carried, and counted, once.</source>
        <translation>变更号按修改次数编号，不是记录条数：每修改一次就占用下一个号，所以一条记录改过几次会占几个号，但在数据包中只带一份，也只计一条。</translation>
    </message>
    <message>
        <source>There is no request {number} at this station.</source>
        <translation>本站没有编号为 {number} 的诉求。</translation>
    </message>
    <message>
        <source>Request {number} is “{state}”, not escalated.</source>
        <translation>诉求 {number} 目前为“{state}”，不是已上报状态。</translation>
    </message>
    <message>
        <source>The township&apos;s reply to {number} was not applied: {why}</source>
        <translation>乡镇对 {number} 的答复未写入：{why}</translation>
    </message>
    <message>
        <source>{count} request(s) returned by the township with its reply; they are in progress again.</source>
        <translation>乡镇已答复 {count} 件上报的诉求，已回到办理中。</translation>
    </message>
    <message>
        <source>Holiday calendar of {years} added from the township; {changed} estimated deadline(s) counted again.</source>
        <translation>已从乡镇导入 {years} 年的节假日安排，重新计算了 {changed} 个估算的办理时限。</translation>
    </message>
    <message>
        <source>{count} holiday calendar year(s) in the receipt were unreadable and not added.</source>
        <translation>回执中有 {count} 个年份的节假日安排无法读取，未导入。</translation>
    </message>
    <message>
        <source>Village {village} has no request {number} escalated to the township.</source>
        <translation>村 {village} 没有上报到乡镇的诉求 {number}。</translation>
    </message>
    <message>
        <source>Write the township&apos;s reply.</source>
        <translation>请填写乡镇的答复。</translation>
    </message>
    <message>
        <source>Name who replies.</source>
        <translation>请填写答复人。</translation>
    </message>
    <message>
        <source>The reply is dated before the request was escalated ({time}).</source>
        <translation>答复时间早于诉求上报的时间（{time}）。</translation>
    </message>
    <message>
        <source>Village {village} has no open dispute {number}.</source>
        <translation>{village} 没有未销号的矛盾纠纷 {number}。</translation>
    </message>
    <message>
        <source>Name who at the township takes it over.</source>
        <translation>请填写乡镇包案人。</translation>
    </message>
    <message>
        <source>There is no dispute {number} at this station.</source>
        <translation>本站没有矛盾纠纷 {number}。</translation>
    </message>
    <message>
        <source>Dispute {number} is closed.</source>
        <translation>矛盾纠纷 {number} 已销号。</translation>
    </message>
    <message>
        <source>The take-over of {number} names no one or no time.</source>
        <translation>{number} 的包案缺少包案人或时间。</translation>
    </message>
    <message>
        <source>The township&apos;s take-over of {number} was not applied: {why}</source>
        <translation>乡镇对 {number} 的包案未写入：{why}</translation>
    </message>
    <message>
        <source>{count} dispute(s) taken over by the township; see their history.</source>
        <translation>{count} 件矛盾纠纷已由乡镇包案，详见其处理记录。</translation>
    </message>
    <message>
        <source>The audit log of {name} ({code}) in package {seq} (fingerprint {package}) does not continue the log received before: {why} The package is held, not imported.</source>
        <translation>{name}（{code}）第 {seq} 号数据包（指纹 {package}）中的操作日志与此前收到的不连续：{why}该数据包已暂存，未导入。</translation>
    </message>
    <message>
        <source>The audit log of {name} ({code}) in package {seq} (fingerprint {package}) was rewritten: {why} A village that restored a backup shows exactly this, because the entries after the backup are written again under the same numbers. The package is held, not imported. Ask the village whether it restored a backup; if so, import the package again accepting its key (--accept with the fingerprint on its cover sheet) to take its log as it is now.</source>
        <translation>{name}（{code}）第 {seq} 号数据包（指纹 {package}）中的操作日志被改写：{why}村里从备份恢复过数据时正是这样：备份之后的日志会以相同的编号重新写入。该数据包已暂存，未导入。请向村里核实是否恢复过备份；如确实恢复过，请再次导入该数据包并确认其密钥（--accept 加封面页上的指纹），以村里现在的日志为准。</translation>
    </message>
    <message>
        <source>The package&apos;s audit log is larger than any village writes; the package is refused and nothing was imported.</source>
        <translation>数据包中的操作日志超出任何村站可能写出的大小，已拒收，未导入任何内容。</translation>
    </message>
    <message>
        <source>The package&apos;s audit log is malformed ({part}, line {number}); the package is refused and nothing was imported.</source>
        <translation>数据包中的操作日志格式不正确（{part}，第 {number} 行），已拒收，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>SyncFile</name>
    <message>
        <source>The file {path} did not read back as it was written. Do not use it; try again, or use another USB stick.</source>
        <translation>文件 {path} 写入后回读校验不一致，请勿使用。请重试，或换用其他U盘。</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>data package</source>
        <translation>同步包</translation>
    </message>
    <message>
        <source>unknown file</source>
        <translation>未知文件</translation>
    </message>
    <message>
        <source>This file is not a VillageDesk data package or receipt.</source>
        <translation>该文件不是 VillageDesk 同步包或回执。</translation>
    </message>
    <message>
        <source>This file is not a VillageDesk enrolment file.</source>
        <translation>该文件不是 VillageDesk 登记文件。</translation>
    </message>
    <message>
        <source>This file uses format version {version}, which this version of VillageDesk cannot read. Update VillageDesk.</source>
        <translation>该文件的格式版本为 {version}，当前版本的 VillageDesk 无法读取，请升级 VillageDesk。</translation>
    </message>
    <message>
        <source>The file is damaged or has been altered: its contents do not match its signature. Copy it again from the original.</source>
        <translation>文件已损坏或被改动：内容与签名不符。请从原始文件重新复制。</translation>
    </message>
    <message>
        <source>The file is incomplete: it was cut off, perhaps when the USB stick was pulled out while copying. Copy it again from the original.</source>
        <translation>文件不完整，已被截断，可能是复制过程中拔出了U盘。请从原始文件重新复制。</translation>
    </message>
    <message>
        <source>This file is addressed to another station (key fingerprint {addressed_to}); this station&apos;s fingerprint is {mine}.</source>
        <translation>该文件是发给其他服务站的（密钥指纹 {addressed_to}），本站的密钥指纹为 {mine}。</translation>
    </message>
    <message>
        <source>{name} ({code}) is not yet accepted at this station. Compare its key fingerprint {fingerprint} with the one on the cover sheet, then accept it.</source>
        <translation>{name}（{code}）尚未经本站接受。请将其密钥指纹 {fingerprint} 与上报封面上的指纹核对一致后再予接受。</translation>
    </message>
    <message>
        <source>{name} ({code}) signed this file with a different key (fingerprint {fingerprint}) from the accepted one ({known}). It is refused until the new key is accepted.</source>
        <translation>{name}（{code}）签署此文件所用的密钥（指纹 {fingerprint}）与已接受的密钥（{known}）不同。在接受新密钥之前，此文件不予接收。</translation>
    </message>
    <message>
        <source>The contents of the file are not valid: {detail}</source>
        <translation>文件内容无效：{detail}</translation>
    </message>
    <message>
        <source>The file contains an entry with a forbidden name ({name}); it is refused.</source>
        <translation>文件中含有名称不允许的条目（{name}），已拒收。</translation>
    </message>
    <message>
        <source>The contents of the file would unpack to more than the safe size; it is refused.</source>
        <translation>文件内容解压后将超出安全上限，已拒收。</translation>
    </message>
    <message>
        <source>This file is a {found}, but a {expected} is expected here.</source>
        <translation>该文件是{found}，此处应导入{expected}。</translation>
    </message>
    <message>
        <source>the archive inside is damaged.</source>
        <translation>其中的压缩数据已损坏。</translation>
    </message>
    <message>
        <source>line {line} of {name} is not a valid record.</source>
        <translation>{name} 第 {line} 行不是有效的记录。</translation>
    </message>
    <message>
        <source>the record counts do not match the signed manifest.</source>
        <translation>记录条数与已签名的清单不符。</translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation>缺少 {name}。</translation>
    </message>
    <message>
        <source>the receipt&apos;s contents are missing or damaged.</source>
        <translation>回执内容缺失或已损坏。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>The township sync page is not available in this version.</source>
        <translation>此版本未提供乡镇同步页面。</translation>
    </message>
</context>
<context>
    <name>TakeoverDialog</name>
    <message>
        <source>Take a dispute over</source>
        <translation>乡镇包案</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>村：</translation>
    </message>
    <message>
        <source>Dispute:</source>
        <translation>矛盾纠纷：</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>当事人：</translation>
    </message>
    <message>
        <source>Warning level:</source>
        <translation>预警等级：</translation>
    </message>
    <message>
        <source>Taken over by now:</source>
        <translation>现包案人：</translation>
    </message>
    <message>
        <source>Taken over by:</source>
        <translation>包案人：</translation>
    </message>
    <message>
        <source>Now, or like 2026-05-20 09:30</source>
        <translation>留空为现在，或如 2026-05-20 09:30</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>{name} (a new name replaces it)</source>
        <translation>{name}（填写新的包案人将替换）</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>尚无</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>How to fill in</source>
        <translation>填写说明</translation>
    </message>
    <message>
        <source>Row 2 is an example: write over it or delete it before importing.</source>
        <translation>第2行为填写示例，导入前请覆盖或删除。</translation>
    </message>
    <message>
        <source>Headers in red must be filled in; keep the header row.</source>
        <translation>红色表头为必填项；请勿删除表头行。</translation>
    </message>
    <message>
        <source>Dates: 1978.05.12, or 1978.05 when only the month is known.</source>
        <translation>日期按1978.05.12格式填写；只知道年月的，填写1978.05。</translation>
    </message>
    <message>
        <source>Every column is formatted as text, so ID numbers keep all 18 digits. Do not change the format to number.</source>
        <translation>各列均已设置为文本格式，公民身份号码可完整保留18位，请勿改为数值格式。</translation>
    </message>
    <message>
        <source>Where a cell has a drop-down arrow, choose the value from the list.</source>
        <translation>单元格带下拉箭头的，请从下拉列表中选择。</translation>
    </message>
    <message>
        <source>The people of one household share its household number or the head&apos;s ID number; the relation to the head says who is who.</source>
        <translation>同一户的人员填写相同的户号或户主公民身份号码，并注明与户主关系。</translation>
    </message>
    <message>
        <source>This value is not in the list. Keep it anyway?</source>
        <translation>该值不在下拉列表中，是否仍要保留？</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>{name}
(file missing)</source>
        <translation>{name}
（文件缺失）</translation>
    </message>
</context>
<context>
    <name>TownshipAuditBox</name>
    <message>
        <source>Village:</source>
        <translation>村：</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>{n} change(s) listed.</source>
        <translation>共列出 {n} 条改动。</translation>
    </message>
</context>
<context>
    <name>TownshipDisputesBox</name>
    <message>
        <source>The villages&apos; red and orange disputes</source>
        <translation>各村红色、橙色预警矛盾纠纷</translation>
    </message>
    <message>
        <source>Take over…</source>
        <extracomment>Opens the take-over dialog (tests replace it).</extracomment>
        <translation>包案…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Mediation level</source>
        <translation>当前层级</translation>
    </message>
    <message>
        <source>Case owner</source>
        <translation>包案人</translation>
    </message>
    <message>
        <source>Taken over by the township</source>
        <translation>乡镇包案人</translation>
    </message>
    <message>
        <source>Not taken over</source>
        <translation>未包案</translation>
    </message>
    <message>
        <source>{name}; goes in the next receipt</source>
        <translation>{name}；随下一份回执发出</translation>
    </message>
    <message>
        <source>{name}; in a receipt</source>
        <translation>{name}；已写入回执</translation>
    </message>
    <message>
        <source>{red} red and {orange} orange dispute(s) open in the villages.</source>
        <translation>各村未销号的红色预警 {red} 件、橙色预警 {orange} 件。</translation>
    </message>
    <message>
        <source>Select a dispute first.</source>
        <translation>请先选择一件矛盾纠纷。</translation>
    </message>
    <message>
        <source>{number} of {village} goes to the village in its next receipt.</source>
        <translation>{village} 的 {number} 的包案随该村下一份回执发出。</translation>
    </message>
    <message>
        <source>It replaces the earlier take-over by {name}.</source>
        <translation>此前的包案人 {name} 已被替换。</translation>
    </message>
</context>
<context>
    <name>TownshipReplyDialog</name>
    <message>
        <source>Reply to an escalated request</source>
        <translation>答复上报的诉求</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>村：</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>诉求：</translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation>上报事项：</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>答复：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>答复部门：</translation>
    </message>
    <message>
        <source>Replied by:</source>
        <translation>答复人：</translation>
    </message>
    <message>
        <source>Now, or like 2026-05-20 09:30</source>
        <translation>留空为现在，或如 2026-05-20 09:30</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
</context>
<context>
    <name>TownshipSyncPage</name>
    <message>
        <source>Import packages…</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <source>Write receipt…</source>
        <translation>生成回执…</translation>
    </message>
    <message>
        <source>Return a record…</source>
        <translation>退回记录…</translation>
    </message>
    <message>
        <source>Write enrolment file…</source>
        <translation>生成登记文件…</translation>
    </message>
    <message>
        <source>Villages</source>
        <extracomment>Refused records listed after an import at most (the preview lists them all). Hooks (tests replace them): ask to accept an unknown key; confirm the preview.</extracomment>
        <translation>所辖村</translation>
    </message>
    <message>
        <source>Escalated requests</source>
        <translation>上报的诉求</translation>
    </message>
    <message>
        <source>Red and orange disputes</source>
        <translation>红橙预警纠纷</translation>
    </message>
    <message>
        <source>Village audit logs</source>
        <translation>各村操作日志</translation>
    </message>
    <message>
        <source>Not reported for more than</source>
        <translation>超过</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>最近包号</translation>
    </message>
    <message>
        <source>Last package date</source>
        <translation>最近上报日期</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>ID numbers in more than one village</source>
        <translation>多村重复的公民身份号码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Villages and names</source>
        <translation>所在村及姓名</translation>
    </message>
    <message>
        <source>Re-installed ({n} times)</source>
        <translation>本村已重新安装（第 {n} 次）</translation>
    </message>
    <message>
        <source>Two different copies of its data: {n} package(s) held</source>
        <translation>同一村出现两份不同的数据：暂存 {n} 个同步包</translation>
    </message>
    <message>
        <source>This township&apos;s key fingerprint: {fingerprint}</source>
        <translation>本乡镇密钥指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Not reported: {villages}</source>
        <translation>未按时上报：{villages}</translation>
    </message>
    <message>
        <source>Every village has reported.</source>
        <translation>各村均已按时上报。</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Data packages (*.vdpkg)</source>
        <translation>数据包 (*.vdpkg)</translation>
    </message>
    <message>
        <source>Checking packages</source>
        <translation>正在检查数据包</translation>
    </message>
    <message>
        <source>Importing packages</source>
        <translation>正在导入数据包</translation>
    </message>
    <message>
        <source>Refused: {type} {record}: {reasons}</source>
        <translation>未导入：{type} {record}：{reasons}</translation>
    </message>
    <message>
        <source>{n} more refused records: see the import preview.</source>
        <translation>另有 {n} 条未导入的记录，请查看导入预览。</translation>
    </message>
    <message>
        <source>{message}

Take this village&apos;s audit log as it is now only if the village confirmed that it restored a backup, and the fingerprint {fingerprint} matches the one printed on its cover sheet.</source>
        <translation>{message}

只有村里确认恢复过备份，并且指纹 {fingerprint} 与其封面单上打印的一致时，才接受该村现在的操作日志。</translation>
    </message>
    <message>
        <source>Audit log rewritten</source>
        <translation>操作日志被重写</translation>
    </message>
    <message>
        <source>{message}

Does the fingerprint {fingerprint} match the one printed on the village&apos;s cover sheet? Accept this village&apos;s key only if it does.</source>
        <translation>{message}

指纹 {fingerprint} 是否与该村上报封面上印的指纹一致？只有一致时才可接收该村密钥。</translation>
    </message>
    <message>
        <source>New village key</source>
        <translation>新的村级密钥</translation>
    </message>
    <message>
        <source>Fingerprints match: accept</source>
        <translation>指纹一致，接收</translation>
    </message>
    <message>
        <source>Returning the record</source>
        <translation>正在退回记录</translation>
    </message>
    <message>
        <source>{record} will be listed in the next receipt for correction.</source>
        <translation>{record} 将列入下一份回执，退回修改。</translation>
    </message>
    <message>
        <source>The receipt was written and checked: {path}</source>
        <translation>回执已生成并核验：{path}</translation>
    </message>
    <message>
        <source>Select a village first.</source>
        <translation>请先选择一个村。</translation>
    </message>
    <message>
        <source>Write the receipt to</source>
        <translation>回执保存到</translation>
    </message>
    <message>
        <source>Writing the receipt</source>
        <translation>正在生成回执</translation>
    </message>
    <message>
        <source>Write the enrolment file and its printed sheet to</source>
        <translation>登记文件和登记单保存到</translation>
    </message>
    <message>
        <source>The enrolment file was written: {path}

Its enrolment sheet: {sheet}

Print the sheet, sign and stamp it, and give it to each village with the file. A village enrols only after comparing the fingerprint with the sheet.</source>
        <translation>登记文件已生成：{path}

登记单：{sheet}

请打印登记单，签字盖章后与登记文件一并交给各村（社区）。各村须将指纹与登记单核对一致后方可登记。</translation>
    </message>
    <message>
        <source>Writing the enrolment file</source>
        <translation>正在生成登记文件</translation>
    </message>
</context>
<context>
    <name>VillageProfile</name>
    <message>
        <source>No group</source>
        <translation>未分组</translation>
    </message>
    <message>
        <source>No household</source>
        <translation>未关联户</translation>
    </message>
    <message>
        <source>{village} village profile</source>
        <translation>{village}村情档案</translation>
    </message>
    <message>
        <source>{station} · as of {day}</source>
        <translation>{station} · 截至 {day}</translation>
    </message>
    <message>
        <source>Party members: {members} on the roll, {living} of them residents of the village&apos;s households (the group table counts these).</source>
        <translation>党员：在册 {members} 名，其中 {living} 名为本村登记户的居民（分组表统计的是这部分党员）。</translation>
    </message>
    <message>
        <source>A dispute involving households of several groups counts in each of them, and once in the total. Open requests and disputes linked to no household are counted as “No household”.</source>
        <translation>涉及多个村民小组住户的纠纷在各组分别计数，合计中只计一次。未关联到户的诉求和纠纷计入“未关联户”。</translation>
    </message>
    <message>
        <source>The village profile does not fit on one page even at the smallest print size ({groups} groups); it is printed on {pages} pages.</source>
        <translation>村情档案缩到最小字号仍无法印在一页内（共 {groups} 个村民小组），已分 {pages} 页打印。</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <source>By villager group</source>
        <translation>按村民小组</translation>
    </message>
    <message>
        <source>Relief groups</source>
        <translation>救助群体</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Relief residents</source>
        <translation>救助对象</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>未办结诉求</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>未化解矛盾纠纷</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Relief group</source>
        <translation>救助群体</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>VillageProfilePage</name>
    <message>
        <source>Households</source>
        <extracomment>The totals&apos; boxes: label, and the colour of a non-zero count (the dispute colours).</extracomment>
        <translation>户数</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Relief residents</source>
        <translation>救助对象</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>未办结诉求</translation>
    </message>
    <message>
        <source>Red disputes</source>
        <translation>红色纠纷</translation>
    </message>
    <message>
        <source>Orange disputes</source>
        <translation>橙色纠纷</translation>
    </message>
    <message>
        <source>Yellow disputes</source>
        <translation>黄色纠纷</translation>
    </message>
    <message>
        <source>Reading the village profile…</source>
        <translation>正在读取村情档案…</translation>
    </message>
    <message>
        <source>By villager group</source>
        <translation>按村民小组</translation>
    </message>
    <message>
        <source>Relief groups</source>
        <translation>救助群体</translation>
    </message>
    <message>
        <source>Village profile</source>
        <translation>村情档案</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <source>{station} · as of {day}</source>
        <translation>{station} · 截至 {day}</translation>
    </message>
    <message>
        <source>{living} of them live in the village&apos;s registered households</source>
        <translation>其中 {living} 名住在本村登记的户中</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Relief group</source>
        <translation>救助群体</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>VillageSyncPage</name>
    <message>
        <source>Import enrolment file…</source>
        <translation>导入登记文件…</translation>
    </message>
    <message>
        <source>Make new keys…</source>
        <translation>生成新密钥…</translation>
    </message>
    <message>
        <source>Export sync package to USB stick…</source>
        <translation>导出同步包到U盘…</translation>
    </message>
    <message>
        <source>Export everything (full package)</source>
        <translation>导出全部数据（完整包）</translation>
    </message>
    <message>
        <source>Save cover sheet (PDF)…</source>
        <translation>保存上报封面（PDF）…</translation>
    </message>
    <message>
        <source>Import receipt…</source>
        <translation>导入回执…</translation>
    </message>
    <message>
        <source>Mark as corrected</source>
        <translation>标记为已修改</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出日期</translation>
    </message>
    <message>
        <source>Change numbers</source>
        <translation>变更号</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>退回日期</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>退回意见</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>密钥指纹：</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>所属乡镇：</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>同步包</translation>
    </message>
    <message>
        <source>Returned for correction (to do)</source>
        <translation>退回修改（待办）</translation>
    </message>
    <message>
        <source>Reading the sync status</source>
        <translation>正在读取同步状态</translation>
    </message>
    <message>
        <source>Make new keys</source>
        <translation>生成新密钥</translation>
    </message>
    <message>
        <source>This station gets new keys and starts a new installation. The township must accept it again by the fingerprint on the next package&apos;s cover sheet. Restoring the encrypted USB backup instead keeps the station&apos;s keys. Continue?</source>
        <translation>本站将生成新密钥，作为一套新的安装。乡镇需要根据下一个同步包上报封面上的指纹重新确认本站。如果改为恢复加密的U盘备份，则可保留本站原有密钥。是否继续？</translation>
    </message>
    <message>
        <source>New key fingerprint: {fingerprint}</source>
        <translation>新密钥指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Making new keys</source>
        <translation>正在生成新密钥</translation>
    </message>
    <message>
        <source>Changes not yet confirmed by the township: {pending}. Confirmed up to change {counter}.</source>
        <translation>乡镇尚未确认的变更：{pending} 条。已确认至第 {counter} 号变更。</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Held by the township: data before it missing</source>
        <translation>被乡镇暂存：此前的数据缺失</translation>
    </message>
    <message>
        <source>Held by the township: another copy of this station&apos;s data reported</source>
        <translation>被乡镇暂存：本站数据的另一份副本也在上报</translation>
    </message>
    <message>
        <source>Held by the township: this station&apos;s audit log does not continue</source>
        <translation>被乡镇暂存：本站的操作日志不连续</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>Not enrolled yet: import the enrolment file from the township.</source>
        <translation>尚未登记：请导入乡镇提供的登记文件。</translation>
    </message>
    <message>
        <source>{name} ({code}), key fingerprint {fingerprint}</source>
        <translation>{name}（{code}），密钥指纹 {fingerprint}</translation>
    </message>
    <message>
        <source>The township holds {n} package(s) of this station because its audit log does not continue from the one the township last saw (after a restore from a backup, or an edited log). Call the township: it sees where the log breaks.</source>
        <translation>乡镇暂存了本站 {n} 个同步包，因为本站的操作日志与乡镇上次收到的接不上（恢复过备份，或日志被改动过）。请与乡镇联系，乡镇能看到日志从哪里断开。</translation>
    </message>
    <message>
        <source>Import enrolment file</source>
        <translation>导入登记文件</translation>
    </message>
    <message>
        <source>Enrolment files (*.vdenrol)</source>
        <translation>登记文件 (*.vdenrol)</translation>
    </message>
    <message>
        <source>Reading the enrolment file</source>
        <translation>正在读取登记文件</translation>
    </message>
    <message>
        <source>Enrolled with {name} ({code}). Township fingerprint: {fingerprint}</source>
        <translation>已登记到{name}（{code}）。乡镇指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Importing the enrolment file</source>
        <translation>正在导入登记文件</translation>
    </message>
    <message>
        <source>Choose the USB stick or folder</source>
        <translation>选择U盘或文件夹</translation>
    </message>
    <message>
        <source>Exporting the sync package</source>
        <translation>正在导出同步包</translation>
    </message>
    <message>
        <source>Package No. {seq} ({n} records) was written to {path}, read back and verified. The USB stick can be safely removed.</source>
        <translation>第 {seq} 号同步包（{n} 条记录）已写入 {path}，并已回读校验无误。可以安全拔出U盘。</translation>
    </message>
    <message>
        <source>Save cover sheet</source>
        <translation>保存上报封面</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cover sheet saved: {path}</source>
        <translation>上报封面已保存：{path}</translation>
    </message>
    <message>
        <source>Writing the cover sheet</source>
        <translation>正在生成上报封面</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>导入回执</translation>
    </message>
    <message>
        <source>Receipts (*.vdrcpt);;All files (*)</source>
        <translation>回执 (*.vdrcpt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This receipt was already imported; nothing changed.</source>
        <translation>此回执已导入过，未作任何改动。</translation>
    </message>
    <message>
        <source>Receipt from {township}: packages confirmed: {seqs}; records returned for correction: {n}.</source>
        <translation>{township}的回执：已确认的同步包：{seqs}；退回修改的记录：{n} 条。</translation>
    </message>
    <message>
        <source>The township holds {n} package(s) of this station because another copy of this station&apos;s data (a copied data folder or key file) reported too. Call the township: only one computer may report for this station.</source>
        <translation>乡镇暂存了本站 {n} 个同步包，因为本站数据的另一份副本（复制的数据文件夹或密钥文件）也在上报。请与乡镇联系：本站只能由一台电脑上报。</translation>
    </message>
    <message>
        <source>Importing the receipt</source>
        <translation>正在导入回执</translation>
    </message>
    <message>
        <source>Marking as corrected</source>
        <translation>正在标记为已修改</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>待签收</translation>
    </message>
    <message>
        <source>Awaiting follow-up</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重办中</translation>
    </message>
    <message>
        <source>Returned by the township</source>
        <translation>乡镇已答复</translation>
    </message>
    <message>
        <source>Red disputes</source>
        <translation>红色纠纷</translation>
    </message>
    <message>
        <source>Orange disputes</source>
        <translation>橙色纠纷</translation>
    </message>
    <message>
        <source>Level time running out</source>
        <translation>层级即将到期</translation>
    </message>
    <message>
        <source>Agreements awaiting follow-up</source>
        <translation>待回访协议</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>No reception days are scheduled yet: set the schedule and the duty roster.</source>
        <translation>尚未安排民情接待日：请设置接待日和值班表。</translation>
    </message>
    <message>
        <source>{month}/{day} ({weekday})</source>
        <translation>{month}月{day}日（{weekday}）</translation>
    </message>
    <message>
        <source>Today is a reception day.</source>
        <translation>今天是民情接待日。</translation>
    </message>
    <message>
        <source>Next reception day: {day}.</source>
        <translation>下次民情接待日：{day}。</translation>
    </message>
    <message>
        <source>On duty: {name}.</source>
        <translation>值班：{name}。</translation>
    </message>
    <message>
        <source>Place: {place}.</source>
        <translation>地点：{place}。</translation>
    </message>
</context>
<context>
    <name>WorkbenchPage</name>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Today&apos;s work</source>
        <translation>今日工作</translation>
    </message>
    <message>
        <source>Record a request…</source>
        <translation>登记民情诉求…</translation>
    </message>
    <message>
        <source>Residents&apos; requests</source>
        <translation>民情诉求</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Reception day (民情接待日)</source>
        <translation>民情接待日</translation>
    </message>
    <message>
        <source>Record a visitor…</source>
        <translation>登记来访…</translation>
    </message>
    <message>
        <source>Schedule and roster…</source>
        <translation>接待日与值班表…</translation>
    </message>
    <message>
        <source>First steps for a new station</source>
        <translation>新服务站的第一步</translation>
    </message>
    <message>
        <source>1. Fill in the station&apos;s details…</source>
        <translation>1. 填写服务站信息…</translation>
    </message>
    <message>
        <source>2. Import or add the Party members…</source>
        <translation>2. 导入或添加党员…</translation>
    </message>
    <message>
        <source>3. Print the first contact cards…</source>
        <translation>3. 打印第一批联系卡…</translation>
    </message>
    <message>
        <source>Reading the start page…</source>
        <extracomment>Tiles that turn red (overdue) or amber (due today) while they count anything. The dispute tiles&apos; colours while they count anything (红, 橙, a level&apos;s time running out).</extracomment>
        <translation>正在读取工作台…</translation>
    </message>
    <message>
        <source>Today&apos;s visitors ({count})</source>
        <translation>今日来访（{count}）</translation>
    </message>
    <message>
        <source>Today&apos;s visitors</source>
        <translation>今日来访</translation>
    </message>
</context>
</TS>
