; VillageDesk's Windows installer: per user, no administrator rights, no download, Windows 10
; 1809 (build 17763) or later, x64. Built on Linux by installer/build_installer.py with Debian's makensis:
;   makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DSTAGE=<stage dir> -DICON=<.ico> -DOUTFILE=<exe>
; STAGE holds VillageDesk.exe (the launcher), Python\ (embedded CPython 3.11) and pkgs\.
; The data folder %LOCALAPPDATA%\VillageDesk is never written by the installer; uninstalling
; keeps it unless the user says otherwise.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
SetCompressorDictSize 64
RequestExecutionLevel user
ManifestSupportedOS all
ManifestDPIAware true

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

!define PRODUCT "VillageDesk"
!define PRODUCT_ZH "村级党群服务站工作台"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\VillageDesk"
!define SETTINGS_KEY "Software\VillageDesk"
!define SHORTCUT "${PRODUCT_ZH}.lnk"
!define RUNNING_MUTEX "VillageDesk.Running"

Name "${PRODUCT_ZH} ${VERSION}"
Caption "${PRODUCT_ZH} ${VERSION} 安装"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\VillageDesk"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "${PRODUCT} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=2052 "ProductName" "${PRODUCT} ${PRODUCT_ZH}"
VIAddVersionKey /LANG=2052 "FileDescription" "${PRODUCT} ${VERSION} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "CompanyName" "${PRODUCT}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "Apache-2.0"
VIAddVersionKey /LANG=2052 "OriginalFilename" "${PRODUCT}-${VERSION}-setup.exe"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "本向导将在这台电脑上安装 ${PRODUCT_ZH}（${PRODUCT}）${VERSION}。$\r$\n$\r$\n安装只针对当前用户，不需要管理员权限，也不需要连接网络。$\r$\n$\r$\n如果已经装过旧版本，将直接升级，原有数据保持不变。$\r$\n$\r$\n点“下一步”继续。"
!define MUI_FINISHPAGE_RUN "$INSTDIR\VillageDesk.exe"
!define MUI_FINISHPAGE_RUN_TEXT "现在启动 ${PRODUCT_ZH}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

; Windows that Qt 6 cannot run on are refused before anything is written.
!macro CheckWindows
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "${PRODUCT_ZH}需要 64 位的 Windows 10（1809 或更新版本）或 Windows 11。$\r$\n$\r$\n这台电脑是 32 位的 Windows，无法安装。" /SD IDOK
    SetErrorLevel 3
    Quit
  ${EndIf}
  ${WinVerGetBuild} $0
  ${If} $0 < 17763
    MessageBox MB_OK|MB_ICONSTOP "${PRODUCT_ZH}需要 Windows 10（1809 或更新版本）或 Windows 11。$\r$\n$\r$\n这台电脑的 Windows 版本太旧（内部版本号 $0），无法安装。请先升级 Windows。" /SD IDOK
    SetErrorLevel 3
    Quit
  ${EndIf}
!macroend

; The launcher holds a named mutex while the program runs: ask the user to close it first.
!macro CheckNotRunning
  retry_running:
  System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${RUNNING_MUTEX}") p .r1'
  ${If} $1 P<> 0
    System::Call 'kernel32::CloseHandle(p r1)'
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${PRODUCT_ZH}正在运行。$\r$\n$\r$\n请先保存正在做的工作并关闭${PRODUCT_ZH}，然后点“重试”。" /SD IDCANCEL IDRETRY retry_running
    SetErrorLevel 4
    Quit
  ${EndIf}
!macroend

Function .onInit
  !insertmacro CheckWindows
  !insertmacro CheckNotRunning
FunctionEnd

Function un.onInit
  !insertmacro CheckNotRunning
FunctionEnd

Section "${PRODUCT}" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program files whole; the data folder is elsewhere and not touched.
  RMDir /r "$INSTDIR\Python"
  RMDir /r "$INSTDIR\pkgs"
  Delete "$INSTDIR\VillageDesk.exe"
  File /r "${STAGE}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\VillageDesk.exe" "" "$INSTDIR\VillageDesk.exe" 0 SW_SHOWNORMAL "" "${PRODUCT} ${PRODUCT_ZH}"
  CreateShortcut "$DESKTOP\${SHORTCUT}" "$INSTDIR\VillageDesk.exe" "" "$INSTDIR\VillageDesk.exe" 0 SW_SHOWNORMAL "" "${PRODUCT} ${PRODUCT_ZH}"

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${SETTINGS_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT_ZH} (${PRODUCT})"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\VillageDesk.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${SHORTCUT}"
  Delete "$DESKTOP\${SHORTCUT}"
  RMDir /r "$INSTDIR\Python"
  RMDir /r "$INSTDIR\pkgs"
  Delete "$INSTDIR\VillageDesk.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"

  ; The station's data stays unless the user says otherwise (a silent uninstall keeps it).
  IfFileExists "$LOCALAPPDATA\VillageDesk\*.*" 0 done
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON1 "是否保留本服务站的数据？$\r$\n$\r$\n数据文件夹：$LOCALAPPDATA\VillageDesk$\r$\n（党员名册、户情、备份等都在这里）$\r$\n$\r$\n选“是”保留数据（推荐），以后重新安装即可继续使用。$\r$\n选“否”将永久删除这些数据，无法恢复。" /SD IDYES IDYES done
  MessageBox MB_OKCANCEL|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "确定要永久删除本服务站的全部数据吗？$\r$\n$\r$\n删除前请确认已经把备份存到U盘。" IDCANCEL done
  RMDir /r "$LOCALAPPDATA\VillageDesk"
  done:
SectionEnd
