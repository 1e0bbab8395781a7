#!/usr/bin/python3
# Copied from the project's shared tools (../shared/tools/sni-watcher.py) so the tests run from a plain clone.
# A stand-in StatusNotifierWatcher for headless tests: with it on the session bus, Qt uses its
# D-Bus tray (StatusNotifierItem) and QSystemTrayIcon::showMessage sends a real freedesktop Notify call.
# Needs python3-dbus and python3-gi; run it with /usr/bin/python3 inside dbus-run-session.
import dbus, dbus.service, dbus.mainloop.glib
from gi.repository import GLib
dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
IFACE = "org.kde.StatusNotifierWatcher"
XML = """<node>
 <interface name="org.freedesktop.DBus.Introspectable"><method name="Introspect"><arg direction="out" type="s"/></method></interface>
 <interface name="org.freedesktop.DBus.Properties">
  <method name="Get"><arg direction="in" type="s"/><arg direction="in" type="s"/><arg direction="out" type="v"/></method>
  <method name="GetAll"><arg direction="in" type="s"/><arg direction="out" type="a{sv}"/></method></interface>
 <interface name="org.kde.StatusNotifierWatcher">
  <method name="RegisterStatusNotifierItem"><arg name="service" type="s" direction="in"/></method>
  <method name="RegisterStatusNotifierHost"><arg name="service" type="s" direction="in"/></method>
  <signal name="StatusNotifierItemRegistered"><arg type="s"/></signal>
  <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
  <property name="ProtocolVersion" type="i" access="read"/>
  <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
 </interface></node>"""
class Watcher(dbus.service.Object):
    def __init__(self, bus): self.items = []; super().__init__(bus, "/StatusNotifierWatcher")
    @dbus.service.method(IFACE, in_signature="s", out_signature="")
    def RegisterStatusNotifierItem(self, s): self.items.append(s); print("registered", s, flush=True); self.StatusNotifierItemRegistered(s)
    @dbus.service.method(IFACE, in_signature="s", out_signature="")
    def RegisterStatusNotifierHost(self, s): pass
    @dbus.service.signal(IFACE, signature="s")
    def StatusNotifierItemRegistered(self, s): pass
    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="ss", out_signature="v")
    def Get(self, i, p): return self.GetAll(i)[p]
    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="s", out_signature="a{sv}")
    def GetAll(self, i): return {"IsStatusNotifierHostRegistered": dbus.Boolean(True), "ProtocolVersion": dbus.Int32(0),
                                 "RegisteredStatusNotifierItems": dbus.Array(self.items, signature="s")}
    @dbus.service.method(dbus.INTROSPECTABLE_IFACE, in_signature="", out_signature="s")
    def Introspect(self): return XML
bus = dbus.SessionBus(); name = dbus.service.BusName(IFACE, bus); w = Watcher(bus)
GLib.MainLoop().run()
