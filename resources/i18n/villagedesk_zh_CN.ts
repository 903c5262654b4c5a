<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>Choose the USB drive or a folder</source>
        <translation>选择U盘或文件夹</translation>
    </message>
    <message>
        <source>The backup was written and checked:
{path}

You can remove the USB drive now.</source>
        <translation>备份已写入并校验无误：
{path}

现在可以拔出U盘。</translation>
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
        <source>VillageDesk backups (*.vdbak);;All files (*)</source>
        <translation>工作台备份文件 (*.vdbak);;所有文件 (*)</translation>
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
        <source>The backup&apos;s file name (as listed) or the path of a backup file.</source>
        <translation>备份文件名（与备份列表中一致）或备份文件的路径。</translation>
    </message>
    <message>
        <source>Save a backup to another drive, such as a USB stick.</source>
        <translation>将备份另存到其他磁盘，如U盘。</translation>
    </message>
    <message>
        <source>Save a backup to another folder, such as a USB stick; the file is read back and checked.</source>
        <translation>将备份另存到其他目录，如U盘；写入后会读回核验。</translation>
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
        <source>Could not write to {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>Backup saved and checked: {path}</source>
        <translation>备份已保存并核验无误：{path}</translation>
    </message>
    <message>
        <source>Check the database for damage.</source>
        <translation>检查数据库是否损坏。</translation>
    </message>
    <message>
        <source>Run the database&apos;s integrity and foreign-key checks. Exits 1 when a problem is found.</source>
        <translation>对数据库进行完整性检查和外键检查。发现问题时退出码为 1。</translation>
    </message>
    <message>
        <source>The database check passed.</source>
        <translation>数据库检查通过</translation>
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
        <source>Fill an empty station with demo branches and members (all or nothing). Sets up a demo station if there is none. A station that has members is refused.</source>
        <translation>为空白服务站生成演示支部和党员（要么全部生成，要么不作任何改动）。尚未设置服务站时，先设置一个演示服务站。已有党员的服务站不能生成演示数据。</translation>
    </message>
    <message>
        <source>How many members to create (default {n}).</source>
        <translation>要生成的党员人数（默认 {n} 人）。</translation>
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
        <source>Demo data created: {members} members in {branches} branches and groups.</source>
        <translation>演示数据已生成：党员 {members} 名，支部和党小组 {branches} 个。</translation>
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
        <source>Find members by name, pinyin initials, part of the ID number or phone. Prints one member per line, tab-separated: name, ID number, phone, branch, standing, roll status. Members no longer on the roll are included; voided records are not.</source>
        <translation>按姓名、拼音首字母、公民身份号码或联系电话的一部分查找党员。每行输出一名党员，各项以制表符分隔：姓名、公民身份号码、联系电话、所在支部、党员身份、在册状态。已不在册的党员也会列出，已作废的记录不列出。</translation>
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
        <source>The database in {path} could not be opened: {error}</source>
        <translation>无法打开 {path} 中的数据库：{error}</translation>
    </message>
    <message>
        <source>Interrupted; nothing was changed.</source>
        <translation>操作已中断，数据未作任何改动。</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>注意：{message}</translation>
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
</context>
<context>
    <name>Columns</name>
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
        <source>Joined on</source>
        <translation>入党日期</translation>
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
        <source>Address</source>
        <translation>现居住地</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The number of members must be at least 1.</source>
        <translation>党员人数至少为1。</translation>
    </message>
    <message>
        <source>Creating demo members…</source>
        <translation>正在生成演示党员…</translation>
    </message>
    <message>
        <source>This station already has members; demo data goes only into an empty station.</source>
        <translation>本站已有党员数据；演示数据只能填入空站点。</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <source>Fill with demo data</source>
        <translation>填充演示数据</translation>
    </message>
    <message>
        <source>Fills an empty station with made-up members, branches and groups, for trying VillageDesk out or for training. A station that already has members is left unchanged.</source>
        <translation>为尚无数据的服务站生成虚构的党员、党支部和党小组，供试用本程序或培训使用。已有党员的服务站不会被改动。</translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation>党员人数</translation>
    </message>
    <message>
        <source>Created {members} demo members in {branches} branches and groups.</source>
        <translation>已生成 {members} 名演示党员，分属 {branches} 个党支部和党小组。</translation>
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
    <name>Education</name>
    <message>
        <source>Unknown education level: {value}.</source>
        <translation>无法识别的学历：{value}。请填写研究生、大学本科、大学专科、中专、高中、初中或小学及以下。</translation>
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
</context>
<context>
    <name>Forms</name>
    <message>
        <source>e.g. 1985.07.12 or 1985.07</source>
        <translation>如 1985.07.12 或 1985.07</translation>
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
    <name>Jobs</name>
    <message>
        <source>An unexpected error occurred:
{error}</source>
        <translation>发生意外错误：
{error}</translation>
    </message>
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
    <name>MainWindow</name>
    <message>
        <source>VillageDesk — Village Party Service Station</source>
        <translation>村级党群服务站工作台</translation>
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
        <source>Statistics</source>
        <translation>统计</translation>
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
        <source>About VillageDesk</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>The database failed its check; VillageDesk is read-only. Restore a backup (File menu).

{details}</source>
        <translation>数据库未通过检查，程序现为只读状态。请从备份恢复（“文件”菜单）。

{details}</translation>
    </message>
    <message>
        <source>The database passed its check.</source>
        <translation>数据库检查通过。</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>正在检查数据库</translation>
    </message>
    <message>
        <source>VillageDesk {version}

A workbench for village Party and people service stations: the Party member roll, branches and groups, statistics and backups.</source>
        <translation>村级党群服务站工作台 {version}

供村级党群服务站使用：党员花名册、党支部和党小组、统计和数据备份。</translation>
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
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>姓名过长。</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>请填写公民身份号码。</translation>
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
        <source>from the ID number</source>
        <translation>由身份号码自动生成</translation>
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
        <source>Include transferred out, deceased etc.</source>
        <translation>包括已转出/去世等</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员管理</translation>
    </message>
    <message>
        <source>Void record: {name}</source>
        <translation>作废记录：{name}</translation>
    </message>
    <message>
        <source>Void a record only if it was entered by mistake. It disappears from the registers and statistics but stays in the history with the reason. To record a transfer or a death, change the roll status instead.</source>
        <translation>仅在信息录入错误时作废。作废后，该记录不再出现在花名册和统计中，但连同作废原因保留在历史记录里。如需登记转出、去世等情况，请使用“变更党籍状态”。</translation>
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
        <source>A mobile number has 11 digits starting with 13 to 19; got {number}.</source>
        <translation>手机号码应为以13至19开头的11位数字，当前填写为 {number}。</translation>
    </message>
    <message>
        <source>Add the area code to the landline number, for example 0531-12345678.</source>
        <translation>固定电话请加区号，如 0531-12345678。</translation>
    </message>
    <message>
        <source>{number} is not a phone number. Enter an 11-digit mobile number or a landline with its area code, for example 0531-12345678.</source>
        <translation>{number} 不是有效的电话号码。请填写11位手机号码，或带区号的固定电话，如 0531-12345678。</translation>
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
    <name>RegisterView</name>
    <message>
        <source>Search: name, pinyin initials, ID number or phone (at least 4 digits)</source>
        <translation>搜索：姓名、拼音首字母、身份证号或手机号（至少4位）</translation>
    </message>
    <message>
        <source>Columns shown</source>
        <translation>显示的列</translation>
    </message>
    <message>
        <source>{count} people in total</source>
        <translation>共 {count} 人</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>Party member roll</source>
        <translation>党员花名册</translation>
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
    <message>
        <source>Saving the station&apos;s details</source>
        <translation>正在保存服务站信息</translation>
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
</context>
</TS>
