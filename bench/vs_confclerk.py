#!/usr/bin/env python3
"""Attend beside ConfClerk: start-up to the first frame with FOSDEM 2026 already imported in both.

  bench/vs_confclerk.py BUILD_DIR [RUNS]       (default 7 runs; needs: apt-get install confclerk xdotool)

One Xvfb for both; each program gets its own fresh home. Preparation, once: Attend follows the
FOSDEM 2026 file (`attend --feed FILE`) and starts once more (the start that writes its snapshot);
ConfClerk imports the same file through its own dialog (driven with xdotool: Conferences, the
schedule URL file:///..., Open), and the import is checked in its database. Then RUNS pairs,
alternating Attend, ConfClerk, Attend, ...: each run is timed from exec to its first frame as
bench/xframe.py sees it from outside (the same measure for both), and killed. Prints the medians,
the peak memory (VmHWM) at that frame, and the median of the pairwise ratios Attend/ConfClerk.
Also the built-in agenda (a fresh home, nothing followed), timed the same way, and beside it the
toolkit's floor: bench/bare_window.cpp (attend_bare_window), a Qt Quick window with a header and a
list of cards and nothing of Attend, on the same Qt, style and scene graph; and the same window
of plain Qt Quick items, without Qt Quick Controls (--plain).
"""
import os, shutil, sqlite3, statistics, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import xframe  # noqa: E402

build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
attend = os.path.join(build, "attend")
bare_window = os.path.join(build, "bench", "attend_bare_window")
fosdem = os.path.abspath(os.path.join(here, "..", "tests", "data", "feeds", "fosdem-2026-pretalx-pentabarf.xml"))


def home_env(home):
    env = dict(os.environ)
    env["HOME"] = home
    for key, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_RUNTIME_DIR", "runtime")):
        path = os.path.join(home, sub)
        os.makedirs(path, mode=0o700, exist_ok=True)
        env[key] = path
    env["TZ"] = "Europe/Brussels"
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent"  # neither gets a tray or a bus
    return env


def prepare_attend(env):
    subprocess.run([attend, "--feed", fosdem], env=dict(env, ATTEND_STARTUP_REPORT="quit"), timeout=120,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    xframe.first_frame([attend], dict(env, ATTEND_STARTUP_REPORT="quit"))


def confclerk_events(env):
    db = os.path.join(env["XDG_DATA_HOME"], "Toastfreeware", "ConfClerk", "ConfClerk.sqlite")
    if not os.path.exists(db):
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
            return connection.execute("SELECT count(*) FROM EVENT").fetchone()[0]
    except sqlite3.Error:
        return 0


def prepare_confclerk(env):
    proc = subprocess.Popen(["confclerk"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        def xdo(*args):
            subprocess.run(["xdotool", *args], env=env, check=True)
        time.sleep(4)
        xdo("search", "--sync", "--name", "^ConfClerk$")  # its window is up (no window manager: nothing to activate)
        xdo("mousemove", "50", "10", "click", "1")  # the Conferences menu
        time.sleep(1)
        xdo("key", "Return")  # its first item: the conference dialog, which asks for a schedule URL
        time.sleep(1.5)
        xdo("type", "file://" + fosdem)
        xdo("key", "Return")  # Open
        deadline = time.time() + 300
        count = 0
        while time.time() < deadline:
            time.sleep(2)
            now = confclerk_events(env)
            if now and now == count:
                break  # stopped growing
            count = now
        if not count:
            raise SystemExit("vs_confclerk: ConfClerk did not import the file")
        return count
    finally:
        proc.terminate()
        proc.wait()


def main():
    top = tempfile.mkdtemp(prefix="attend-vs-confclerk.")
    try:
        attend_env = home_env(os.path.join(top, "attend"))
        builtin_env = home_env(os.path.join(top, "builtin"))
        clerk_env = home_env(os.path.join(top, "confclerk"))
        prepare_attend(attend_env)
        events = prepare_confclerk(clerk_env)
        print(f"prepared: FOSDEM 2026 followed in Attend; {events} events imported in ConfClerk")
        with open("/proc/loadavg") as f:
            print(f"load average before the runs: {' '.join(f.read().split()[:3])}")

        # Warm both once (disk cache, QML cache) before counting.
        xframe.first_frame([attend], attend_env)
        xframe.first_frame(["confclerk"], clerk_env)
        xframe.first_frame([bare_window], builtin_env)
        a_ms, c_ms, a_kb, c_kb, ratios, builtin, bare, over_bare, plain = [], [], [], [], [], [], [], [], []
        for _ in range(runs):
            a = xframe.first_frame([attend], attend_env)
            c = xframe.first_frame(["confclerk"], clerk_env)
            b = xframe.first_frame([attend], builtin_env)
            w = xframe.first_frame([bare_window], builtin_env)
            plain.append(xframe.first_frame([bare_window, "--plain"], builtin_env)[0])
            a_ms.append(a[0]); a_kb.append(a[1]); c_ms.append(c[0]); c_kb.append(c[1]); builtin.append(b[0])
            bare.append(w[0])
            ratios.append(a[0] / c[0])
            over_bare.append(b[0] / w[0])
        med = statistics.median
        print(f"runs: {runs} pairs, alternating; exec to first frame (X DAMAGE covering the window)")
        print(f"Attend, FOSDEM 2026 followed:     {med(a_ms):7.0f} ms  (min {min(a_ms):.0f}, max {max(a_ms):.0f})  VmHWM {med(a_kb) / 1024:6.1f} MB")
        print(f"ConfClerk 0.7.1, FOSDEM imported: {med(c_ms):7.0f} ms  (min {min(c_ms):.0f}, max {max(c_ms):.0f})  VmHWM {med(c_kb) / 1024:6.1f} MB")
        print(f"ratio Attend/ConfClerk (median of pairs): {med(ratios):.2f}x  (target <= 0.80x)")
        print(f"Attend, built-in agenda:          {med(builtin):7.0f} ms  (min {min(builtin):.0f}, max {max(builtin):.0f}; target 150 ms)")
        print(f"bare Qt Quick window (the floor): {med(bare):7.0f} ms  (min {min(bare):.0f}, max {max(bare):.0f})")
        print(f"ratio built-in agenda/bare window (median of pairs): {med(over_bare):.2f}x")
        print(f"bare window without Qt Quick Controls (--plain): {med(plain):5.0f} ms  (min {min(plain):.0f}, max {max(plain):.0f})")
        with open("/proc/loadavg") as f:
            print(f"load average after the runs: {' '.join(f.read().split()[:3])}")
    finally:
        shutil.rmtree(top, ignore_errors=True)


if __name__ == "__main__":
    if os.environ.get("DISPLAY") is None:
        os.execvp("xvfb-run", ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable] + sys.argv)
    main()
