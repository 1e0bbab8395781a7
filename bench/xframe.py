"""Time from exec to a program's first frame on an X server, seen from outside the program.

Used by bench/vs_confclerk.py for Attend and ConfClerk alike, so both are timed the same way:
the clock starts just before exec; a top-level window of the X server is watched with the DAMAGE
extension from the moment it is mapped; the first frame is the moment drawing has covered 90% of
that window's area (Qt draws a whole window at once; no window manager runs, so no frame is added)
with something drawn: the server clears a window to its background colour as it maps it, which
DAMAGE reports at once, 25-90 ms before the program's own first frame (counted as the first frame
until December 2026), so a window that is still one colour (sampled on a grid) is not a frame yet.
Only libX11 and libXdamage (ctypes), no extra Python package.
"""
import ctypes, ctypes.util, os, select, subprocess, time

_x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
_damage = ctypes.CDLL(ctypes.util.find_library("Xdamage") or "libXdamage.so.1")

_x11.XOpenDisplay.restype = ctypes.c_void_p
_x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
_x11.XDefaultRootWindow.restype = ctypes.c_ulong
_x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
_x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
_x11.XPending.argtypes = [ctypes.c_void_p]
_x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
_x11.XConnectionNumber.argtypes = [ctypes.c_void_p]
_x11.XFlush.argtypes = [ctypes.c_void_p]
_x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
_x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
_x11.XSetErrorHandler.restype = ctypes.c_void_p
_x11.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
_x11.XGetImage.restype = ctypes.c_void_p
_x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
                           ctypes.c_ulong, ctypes.c_int]
_x11.XGetPixel.restype = ctypes.c_ulong
_x11.XGetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
_x11.XDestroyImage.argtypes = [ctypes.c_void_p]
_damage.XDamageQueryExtension.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]
_damage.XDamageCreate.restype = ctypes.c_ulong
_damage.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]

SubstructureNotifyMask = 1 << 19
MapNotify = 19
ZPixmap = 2
AllPlanes = (1 << 64) - 1
XDamageReportRawRectangles = 0

# A window may go away between its MapNotify and our calls: ignore X errors, as a window manager does.
_ERRFUNC = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_ignore_errors = _ERRFUNC(lambda display, event: 0)
_x11.XSetErrorHandler(_ignore_errors)


class _Rect(ctypes.Structure):
    _fields_ = [("x", ctypes.c_short), ("y", ctypes.c_short), ("width", ctypes.c_ushort), ("height", ctypes.c_ushort)]


class _DamageNotify(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("drawable", ctypes.c_ulong), ("damage", ctypes.c_ulong),
                ("level", ctypes.c_int), ("more", ctypes.c_int), ("timestamp", ctypes.c_ulong),
                ("area", _Rect), ("geometry", _Rect)]


class _MapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class _Event(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("map", _MapEvent), ("damage", _DamageNotify), ("pad", ctypes.c_long * 24)]


def vmhwm_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def _drawn(display, window, width, height):
    """Whether the window shows more than one colour, on a grid of rows: what the server's clear
    at map time leaves is all background. One row an image, so the check costs a few kilobytes."""
    colours = set()
    for row in range(1, 16):
        image = _x11.XGetImage(display, window, 0, height * row // 16, width, 1, AllPlanes, ZPixmap)
        if not image:
            return False  # gone, or not viewable yet
        for column in range(0, width, max(1, width // 64)):
            colours.add(_x11.XGetPixel(image, column, 0))
        _x11.XDestroyImage(image)
        if len(colours) > 1:
            return True
    return False


_connection = None


def _connect():
    """One connection for the whole run: Xvfb resets itself when its last client leaves."""
    global _connection
    if _connection is None:
        display = _x11.XOpenDisplay(None)
        if not display:
            raise SystemExit("xframe: no X display")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not _damage.XDamageQueryExtension(display, ctypes.byref(event_base), ctypes.byref(error_base)):
            raise SystemExit("xframe: the X server has no DAMAGE extension")
        _x11.XSelectInput(display, _x11.XDefaultRootWindow(display), SubstructureNotifyMask)
        _connection = (display, event_base.value)
    display = _connection[0]
    _x11.XSync(display, 0)
    event = _Event()
    while _x11.XPending(display):  # what the last run left
        _x11.XNextEvent(display, ctypes.byref(event))
    return _connection


def first_frame(argv, env, timeout=60.0, min_area=10000):
    """Runs argv; returns (ms from exec to the first frame, VmHWM in kB at that moment); kills it."""
    display, damage_notify = _connect()
    fd = _x11.XConnectionNumber(display)

    start = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    covered = {}  # window -> (area drawn so far, window area)
    result = None
    event = _Event()
    try:
        while result is None:
            left = timeout - (time.monotonic() - start)
            if left <= 0:
                raise SystemExit(f"xframe: no frame from {argv[0]} within {timeout} s")
            if not _x11.XPending(display):
                select.select([fd], [], [], min(left, 0.05))
                if proc.poll() is not None:
                    raise SystemExit(f"xframe: {argv[0]} exited ({proc.returncode}) before its first frame")
                continue
            _x11.XNextEvent(display, ctypes.byref(event))
            if event.type == MapNotify:
                _damage.XDamageCreate(display, event.map.window, XDamageReportRawRectangles)
                _x11.XFlush(display)
            elif event.type == damage_notify:
                notify = event.damage
                window_area = notify.geometry.width * notify.geometry.height
                if window_area < min_area:
                    continue  # a tooltip or a 1x1 helper window
                drawn, _ = covered.get(notify.drawable, (0, window_area))
                drawn += notify.area.width * notify.area.height
                covered[notify.drawable] = (drawn, window_area)
                if drawn >= 0.9 * window_area:
                    at = (time.monotonic() - start) * 1000
                    peak = vmhwm_kb(proc.pid)
                    if _drawn(display, notify.drawable, notify.geometry.width, notify.geometry.height):
                        result = (at, peak)
                    else:
                        covered[notify.drawable] = (0, window_area)  # only cleared: wait for the program's drawing
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return result
