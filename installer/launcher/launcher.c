/* VillageDesk.exe: the program's own launcher (Windows GUI subsystem, no console).
 *
 * It hosts the embedded CPython in this process: it loads Python\python311.dll beside itself and
 * calls Py_Main("-m villagedesk", the user's arguments...). So the taskbar, the shortcut, Task
 * Manager and the firewall see VillageDesk.exe with its icon and version information, never
 * python. python311._pth beside the DLL sets sys.path (python311.zip, ., ..\pkgs). While it runs
 * it holds the named mutex "VillageDesk.Running", which the installer checks before it replaces
 * the program files. Built on Linux by installer/build_installer.py with x86_64-w64-mingw32-gcc. */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <shellapi.h>
#include <stdlib.h>
#include <wchar.h>

typedef int(__cdecl *py_main_fn)(int, wchar_t **);

static int fail(const wchar_t *what, const wchar_t *path) {
    wchar_t text[2048];
    _snwprintf(text, 2047, L"VillageDesk 无法启动：%ls\n%ls\n\n请重新运行安装程序修复。", what, path);
    text[2047] = 0;
    MessageBoxW(NULL, text, L"VillageDesk", MB_OK | MB_ICONERROR);
    return 1;
}

int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, PWSTR cmdline, int show) {
    (void)instance;
    (void)previous;
    (void)cmdline;
    (void)show;
    static wchar_t dir[32768], dll[32768];
    DWORD n = GetModuleFileNameW(NULL, dir, 32768);
    if (n == 0 || n >= 32768) return fail(L"找不到程序所在的文件夹。", L"");
    wchar_t *slash = wcsrchr(dir, L'\\');
    if (slash == NULL) return fail(L"找不到程序所在的文件夹。", dir);
    *slash = 0;
    _snwprintf(dll, 32767, L"%ls\\Python\\python311.dll", dir);

    /* Released by Windows when this process ends, however it ends. */
    CreateMutexW(NULL, FALSE, L"VillageDesk.Running");

    HMODULE python = LoadLibraryExW(dll, NULL, LOAD_WITH_ALTERED_SEARCH_PATH);
    if (python == NULL) return fail(L"缺少 Python 运行库。", dll);
    py_main_fn py_main = (py_main_fn)(void *)GetProcAddress(python, "Py_Main");
    if (py_main == NULL) return fail(L"Python 运行库已损坏。", dll);

    int argc = 0;
    wchar_t **argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (argv == NULL || argc < 1) return fail(L"无法读取命令行。", L"");
    wchar_t **args = calloc((size_t)argc + 3, sizeof *args);
    if (args == NULL) return fail(L"内存不足。", L"");
    args[0] = argv[0];
    args[1] = L"-m";
    args[2] = L"villagedesk";
    for (int i = 1; i < argc; i++) args[i + 2] = argv[i];
    return py_main(argc + 2, args);
}
