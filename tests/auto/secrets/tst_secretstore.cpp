#include "filescan.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <utility>

#include <sys/stat.h>

using namespace Attend;
using Attend::Test::filesContaining;

// Three halves. The contract (read, write, overwrite, remove) runs against MemorySecretStore and,
// under tests/secrets/run-with-keyring.sh (a session bus and an unlocked gnome-keyring of the
// test's own), against KeychainSecretStore, which must leave no plain text on disk. The
// "without a keychain" tests start the test binary again in a process of its own, pointed at a
// dead bus, a bus with no Secret Service, or a gnome-keyring with no keyring, because GLib and
// QtDBus keep their first session bus connection for the life of a process.

namespace {

using Status = SecretStore::Status;
using Finished = void (SecretStore::*)(const QString &, const QString &, Status, const QString &);

/** One answer of a store, as the test saw it. */
struct Answer {
    bool arrived = false;
    bool synchronous = false; // emitted inside the call: a broken promise
    qint64 ms = 0;
    QString key;
    QString secret;
    Status status = Status::Failed;
    QString message;
};

template<typename Call>
Answer ask(SecretStore &store, Finished signal, Call &&call)
{
    QSignalSpy spy(&store, signal);
    QElapsedTimer timer;
    timer.start();
    call();
    Answer answer;
    answer.synchronous = !spy.isEmpty();
    if (spy.isEmpty() && !spy.wait(10000))
        return answer;
    answer.ms = timer.elapsed();
    const QList<QVariant> arguments = spy.takeFirst();
    answer.arrived = true;
    answer.key = arguments.at(0).toString();
    answer.secret = arguments.at(1).toString();
    answer.status = arguments.at(2).value<Status>();
    answer.message = arguments.at(3).toString();
    return answer;
}

Answer readSecret(SecretStore &store, const QString &key)
{
    return ask(store, &SecretStore::readFinished, [&] { store.read(key); });
}

Answer writeSecret(SecretStore &store, const QString &key, const QString &secret)
{
    return ask(store, &SecretStore::writeFinished, [&] { store.write(key, secret); });
}

Answer removeSecret(SecretStore &store, const QString &key)
{
    return ask(store, &SecretStore::removeFinished, [&] { store.remove(key); });
}

QString statusName(Status status)
{
    return QString::fromLatin1(QMetaEnum::fromType<Status>().valueToKey(int(status)));
}

bool underTestKeyring() { return qEnvironmentVariable("ATTEND_TEST_KEYRING") == QLatin1String("1"); }

QString canary() { return QStringLiteral("attend-canary-") + QUuid::createUuid().toString(QUuid::WithoutBraces); }

/** A process of the test's own, stopped (by its id) when the test is done with it. */
struct OwnProcess {
    QProcess process;
    ~OwnProcess()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
};

/** A dbus-daemon of the test's own that can start nothing (no service files). */
struct PrivateBus {
    QTemporaryDir dir;
    OwnProcess daemon;
    QString address;

    bool start()
    {
        const QString config = dir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        if (!dir.isValid() || !file.open(QIODevice::WriteOnly))
            return false;
        file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\"\n"
                                  " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                  "<busconfig>\n"
                                  "  <type>session</type>\n"
                                  "  <listen>unix:dir=%1</listen>\n"
                                  "  <auth>EXTERNAL</auth>\n"
                                  "  <policy context=\"default\">\n"
                                  "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                                  "    <allow eavesdrop=\"true\"/>\n"
                                  "    <allow own=\"*\"/>\n"
                                  "  </policy>\n"
                                  "</busconfig>\n")
                       .arg(dir.path())
                       .toUtf8());
        file.close();
        daemon.process.start(QStringLiteral("dbus-daemon"),
                             {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--print-address")});
        if (!daemon.process.waitForStarted(5000))
            return false;
        while (!daemon.process.canReadLine()) {
            if (!daemon.process.waitForReadyRead(5000))
                return false;
        }
        address = QString::fromUtf8(daemon.process.readLine()).trimmed();
        return !address.isEmpty();
    }
};

enum class Setup { DeadBus, BusWithoutSecretService, SecretServiceWithoutKeyring };

} // namespace

Q_DECLARE_METATYPE(Setup)

#define CHECK_ANSWER(answer, expectedKey, expectedStatus)                                                           \
    do {                                                                                                           \
        const Answer &a_ = (answer);                                                                               \
        QVERIFY2(a_.arrived, "no answer within 10 s");                                                             \
        QVERIFY2(!a_.synchronous, "answered inside the call");                                                    \
        QCOMPARE(a_.key, expectedKey);                                                                             \
        QVERIFY2(a_.status == (expectedStatus),                                                                    \
                 qPrintable(statusName(a_.status) + QStringLiteral(" (") + a_.message + QStringLiteral(")")));    \
        QCOMPARE(a_.message.isEmpty(), a_.status == Status::Ok);                                                   \
    } while (false)

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SecretStore> makeStore(const QString &kind)
    {
        if (kind == QLatin1String("keychain"))
            return std::make_unique<KeychainSecretStore>();
        return std::make_unique<MemorySecretStore>();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void contract_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("memory") << QStringLiteral("memory");
        QTest::newRow("keychain") << QStringLiteral("keychain");
    }

    void contract()
    {
        QFETCH(QString, kind);
        if (kind == QLatin1String("keychain") && !underTestKeyring())
            QSKIP("needs the keyring of tests/secrets/run-with-keyring.sh (ctest runs it so)");
        const std::unique_ptr<SecretStore> store = makeStore(kind);
        const QString key = QStringLiteral("https://members.example.org/2024/schedule.json");
        const QString other = QStringLiteral("https://members.example.org/2025/schedule.json");
        const QString token = QStringLiteral("tok_") + canary();
        const QString password = QStringLiteral("pässwörd ✓ ") + canary(); // not only ASCII

        CHECK_ANSWER(removeSecret(*store, key), key, Status::Ok); // nothing there: still Ok
        Answer answer = readSecret(*store, key);
        CHECK_ANSWER(answer, key, Status::NotFound);
        QVERIFY(answer.secret.isEmpty());

        answer = writeSecret(*store, key, token);
        CHECK_ANSWER(answer, key, Status::Ok);
        QVERIFY(answer.secret.isEmpty()); // a write does not echo the secret around
        answer = readSecret(*store, key);
        CHECK_ANSWER(answer, key, Status::Ok);
        QCOMPARE(answer.secret, token);

        CHECK_ANSWER(writeSecret(*store, key, password), key, Status::Ok); // overwrite
        answer = readSecret(*store, key);
        CHECK_ANSWER(answer, key, Status::Ok);
        QCOMPARE(answer.secret, password);

        CHECK_ANSWER(writeSecret(*store, other, token), other, Status::Ok);
        answer = readSecret(*store, key);
        CHECK_ANSWER(answer, key, Status::Ok);
        QCOMPARE(answer.secret, password);

        CHECK_ANSWER(removeSecret(*store, key), key, Status::Ok);
        answer = readSecret(*store, key);
        CHECK_ANSWER(answer, key, Status::NotFound);
        QVERIFY(answer.secret.isEmpty());
        answer = readSecret(*store, other); // only its own key goes
        CHECK_ANSWER(answer, other, Status::Ok);
        QCOMPARE(answer.secret, token);

        CHECK_ANSWER(removeSecret(*store, key), key, Status::Ok);
        CHECK_ANSWER(removeSecret(*store, other), other, Status::Ok);
    }

    void answersComeInTheOrderAsked_data() { contract_data(); }

    void answersComeInTheOrderAsked()
    {
        QFETCH(QString, kind);
        if (kind == QLatin1String("keychain") && !underTestKeyring())
            QSKIP("needs the keyring of tests/secrets/run-with-keyring.sh (ctest runs it so)");
        const std::unique_ptr<SecretStore> store = makeStore(kind);
        const QString key = QStringLiteral("https://members.example.org/order/schedule.xml");
        QSignalSpy written(store.get(), &SecretStore::writeFinished);
        QSignalSpy read(store.get(), &SecretStore::readFinished);
        QSignalSpy removed(store.get(), &SecretStore::removeFinished);
        store->write(key, QStringLiteral("first"));
        store->write(key, QStringLiteral("second"));
        store->read(key);
        store->remove(key);
        store->read(key);
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 2, 10000);
        QCOMPARE(written.count(), 2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(read.at(0).at(1).toString(), QStringLiteral("second"));
        QCOMPARE(read.at(1).at(2).value<Status>(), Status::NotFound);
    }

    void memoryStoreCanPlayAMissingKeychain()
    {
        MemorySecretStore store;
        const QString key = QStringLiteral("https://members.example.org/2024/schedule.json");
        CHECK_ANSWER(writeSecret(store, key, QStringLiteral("kept")), key, Status::Ok);
        store.setUnavailable(true);
        CHECK_ANSWER(readSecret(store, key), key, Status::Unavailable);
        CHECK_ANSWER(writeSecret(store, key, QStringLiteral("other")), key, Status::Unavailable);
        CHECK_ANSWER(removeSecret(store, key), key, Status::Unavailable);
        store.setUnavailable(false);
        const Answer answer = readSecret(store, key);
        CHECK_ANSWER(answer, key, Status::Ok);
        QCOMPARE(answer.secret, QStringLiteral("kept"));
    }

    void fileScanFindsWhatIsThere()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray needle = "needle-4711";
        const auto put = [&dir](const QString &name, const QByteArray &bytes) {
            const QString path = dir.filePath(name);
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                return QString();
            return QFileInfo(path).absoluteFilePath();
        };
        const QString hidden = put(QStringLiteral(".hidden/deeper/found.txt"), "abc " + needle + " def");
        // Across the boundary of the 1 MiB chunks the scan reads.
        const QString big = put(QStringLiteral("big.bin"), QByteArray((1 << 20) - 4, 'x') + needle + "yyy");
        QVERIFY(!put(QStringLiteral("clean.txt"), "needle-47 11").isEmpty());
        QVERIFY(!hidden.isEmpty() && !big.isEmpty());
        // A pipe would block a reader, and a link would count a file twice: both are passed over.
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe"))).constData(), 0600), 0);
        QVERIFY(QFile::link(hidden, dir.filePath(QStringLiteral("link.txt"))));

        QStringList expected{hidden, big};
        expected.sort();
        QCOMPARE(filesContaining(dir.path(), needle), expected);
        QCOMPARE(filesContaining(dir.path(), "not-there"), QStringList());
    }

    void keychainLeavesNoPlainTextOnDisk()
    {
        if (!underTestKeyring())
            QSKIP("needs the keyring of tests/secrets/run-with-keyring.sh (ctest runs it so)");
        // gnome-keyring created its login keyring when the wrapper unlocked it with a password.
        const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
        QVERIFY(!dataHome.isEmpty());
        QFile keyringFile(dataHome + QStringLiteral("/keyrings/login.keyring"));
        QVERIFY2(keyringFile.open(QIODevice::ReadOnly), qPrintable(keyringFile.fileName()));
        const QByteArray before = keyringFile.readAll();
        keyringFile.close();

        KeychainSecretStore store;
        const QString key = QStringLiteral("https://members.example.org/private/schedule.xml");
        const QByteArray secret = canary().toUtf8();
        CHECK_ANSWER(writeSecret(store, key, QString::fromUtf8(secret)), key, Status::Ok);

        // The secret did reach the disk, in that file, which changed: the scan below looks where
        // the secret is, and must find it encrypted there (and nowhere else).
        QVERIFY(keyringFile.open(QIODevice::ReadOnly));
        QVERIFY(keyringFile.readAll() != before);
        keyringFile.close();

        for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR", "HOME"}) {
            const QString dir = qEnvironmentVariable(variable);
            QVERIFY2(!dir.isEmpty() && QFileInfo(dir).isDir(), variable);
            QCOMPARE(filesContaining(dir, secret), QStringList());
            QCOMPARE(filesContaining(dir, secret.toBase64()), QStringList());
        }
        CHECK_ANSWER(removeSecret(store, key), key, Status::Ok);
    }

    void keychainUnavailable_data()
    {
        QTest::addColumn<Setup>("setup");
        QTest::addColumn<Status>("write");
        QTest::addColumn<Status>("read");
        QTest::addColumn<Status>("remove");
        QTest::newRow("dead session bus socket") << Setup::DeadBus << Status::Unavailable << Status::Unavailable << Status::Unavailable;
        QTest::newRow("bus without a Secret Service")
            << Setup::BusWithoutSecretService << Status::Unavailable << Status::Unavailable << Status::Unavailable;
        // gnome-keyring with no login keyring, which it cannot create without a prompt: there is
        // nothing to read or remove, and nowhere to write.
        QTest::newRow("Secret Service without a keyring")
            << Setup::SecretServiceWithoutKeyring << Status::Unavailable << Status::NotFound << Status::Ok;
    }

    void keychainUnavailable()
    {
        QFETCH(Setup, setup);
        QFETCH(Status, write);
        QFETCH(Status, read);
        QFETCH(Status, remove);

        // The child's whole world: home, XDG directories, runtime directory, its report.
        QTemporaryDir world;
        QVERIFY(world.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL", "ATTEND_TEST_KEYRING"})
            env.remove(QString::fromLatin1(variable));
        const std::pair<const char *, const char *> dirs[] = {{"HOME", "home"}, {"XDG_CONFIG_HOME", "config"},
                                                              {"XDG_DATA_HOME", "data"}, {"XDG_CACHE_HOME", "cache"},
                                                              {"XDG_RUNTIME_DIR", "runtime"}};
        for (const auto &[variable, name] : dirs) {
            const QString dir = world.filePath(QString::fromLatin1(name));
            QVERIFY(QDir().mkpath(dir));
            env.insert(QString::fromLatin1(variable), dir);
        }
        QVERIFY(QFile::setPermissions(world.filePath(QStringLiteral("runtime")),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

        PrivateBus bus;
        OwnProcess keyring; // destroyed before the bus
        if (setup == Setup::DeadBus) {
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + world.filePath(QStringLiteral("no-bus-here")));
        } else {
            QVERIFY(bus.start());
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus.address);
        }
        if (setup == Setup::SecretServiceWithoutKeyring) {
            if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
                QSKIP("gnome-keyring-daemon is not installed");
            keyring.process.setProcessEnvironment(env);
            keyring.process.setProcessChannelMode(QProcess::MergedChannels);
            // As the bus would start it (its service file), but ours, so that we can stop it.
            keyring.process.start(QStringLiteral("gnome-keyring-daemon"),
                                  {QStringLiteral("--start"), QStringLiteral("--foreground"), QStringLiteral("--components=secrets")});
            QVERIFY(keyring.process.waitForStarted(5000));
            const QString connectionName = QStringLiteral("attend-keyring-watch");
            {
                QDBusConnection connection = QDBusConnection::connectToBus(bus.address, connectionName);
                QVERIFY(connection.isConnected());
                QTRY_VERIFY_WITH_TIMEOUT(connection.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")), 10000);
            }
            QDBusConnection::disconnectFromBus(connectionName);
        }

        const QString secret = canary();
        const QString reportPath = world.filePath(QStringLiteral("report.json"));
        env.insert(QStringLiteral("ATTEND_SECRETS_CHILD_REPORT"), reportPath);
        env.insert(QStringLiteral("ATTEND_SECRETS_CHILD_SECRET"), secret);
        OwnProcess child;
        child.process.setProcessEnvironment(env);
        child.process.setProcessChannelMode(QProcess::MergedChannels);
        child.process.start(QCoreApplication::applicationFilePath(), QStringList());
        QVERIFY(child.process.waitForFinished(30000));
        const QString output = QString::fromUtf8(child.process.readAll());
        QVERIFY2(child.process.exitStatus() == QProcess::NormalExit && child.process.exitCode() == 0, qPrintable(output));

        QFile reportFile(reportPath);
        QVERIFY2(reportFile.open(QIODevice::ReadOnly), qPrintable(output));
        const QJsonObject report = QJsonDocument::fromJson(reportFile.readAll()).object();
        reportFile.close();
        const std::pair<const char *, Status> expectations[] = {{"write", write}, {"read", read}, {"remove", remove}};
        for (const auto &[operation, expected] : expectations) {
            const QJsonObject answer = report.value(QLatin1String(operation)).toObject();
            const QString message = answer.value(QLatin1String("message")).toString();
            const int ms = answer.value(QLatin1String("ms")).toInt(-1);
            qInfo("%s: %s after %d ms: %s", operation, qPrintable(answer.value(QLatin1String("status")).toString()), ms,
                  qPrintable(message));
            QCOMPARE(answer.value(QLatin1String("status")).toString(), statusName(expected));
            QVERIFY2(ms >= 0 && ms < 5000, qPrintable(QStringLiteral("%1 took %2 ms").arg(QLatin1String(operation)).arg(ms)));
            QCOMPARE(message.isEmpty(), expected == Status::Ok);
            QVERIFY2(!message.contains(QLatin1String("org.freedesktop")), qPrintable(message)); // plain words
        }
        // Never a plain-text fallback: the secret the child failed to keep is in none of its files.
        QCOMPARE(filesContaining(world.path(), secret.toUtf8()), QStringList());
    }
};

namespace {

// The child's half of keychainUnavailable, run in a process of its own (so that its D-Bus
// connections are its own): one write, read and remove, each answer timed, written as a report
// the parent checks. Not a test function: it only makes sense with the parent's environment.
int runKeychainWithoutKeyringChild(const QString &reportPath)
{
    KeychainSecretStore store;
    const QString key = QStringLiteral("https://members.example.org/2024/schedule.json");
    QJsonObject report;
    const auto record = [&report](const char *operation, const Answer &answer) {
        report.insert(QLatin1String(operation),
                      QJsonObject{{QStringLiteral("status"), answer.arrived ? statusName(answer.status) : QStringLiteral("none")},
                                  {QStringLiteral("message"), answer.message},
                                  {QStringLiteral("ms"), answer.arrived ? int(answer.ms) : -1}});
        return answer.arrived && !answer.synchronous;
    };
    // Every answer is recorded before judging it, so the report says what did arrive.
    const bool wrote = record("write", writeSecret(store, key, qEnvironmentVariable("ATTEND_SECRETS_CHILD_SECRET")));
    const bool read = record("read", readSecret(store, key));
    const bool removed = record("remove", removeSecret(store, key));
    QFile file(reportPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(report).toJson()) < 0) {
        fprintf(stderr, "cannot write %s\n", qPrintable(reportPath));
        return 2;
    }
    if (!(wrote && read && removed)) {
        fprintf(stderr, "an answer did not arrive, or arrived inside the call\n");
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString childReport = qEnvironmentVariable("ATTEND_SECRETS_CHILD_REPORT");
    if (!childReport.isEmpty())
        return runKeychainWithoutKeyringChild(childReport);
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_secretstore.moc"
