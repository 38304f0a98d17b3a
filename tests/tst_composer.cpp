// SPDX-License-Identifier: GPL-3.0-or-later
// The composer as a campaign worker uses it: typing, the SMS counter, the UCS-2 highlight and
// its one-click fix, the phone preview for real recipients, saving.
#include "campaign/campaignstore.h"
#include "composer/phonebubble.h"
#include "consent/consentledger.h"
#include "demo/demodataloader.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "pages/campaignspage.h"
#include "pages/composepage.h"
#include "settings/appsettings.h"
#include "sms/smsencoding.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

class tst_Composer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void counterAndHighlight();
    void fixAllIsOneUndoStep();
    void mergeFieldErrorsAndSender();
    void previewFollowsRecipients();
    void saveAndApprovalVoided();
    void newCampaignFromScratch();

private:
    template<typename T> T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("missing widget %s", name);
        return widget;
    }
    void typeMessage(const QString &text);
    bool hasUcs2Format(int position) const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    ComposePage *m_compose = nullptr;
};

void tst_Composer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Composer::init()
{
    m_testDb = std::make_unique<TestDatabase>(DatabaseUrl::Backend::Sqlite);
    m_settings =
        std::make_unique<AppSettings>(m_testDb->folder() + QStringLiteral("/settings.ini"));
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(QStringLiteral("en"));
    m_database = std::make_unique<Database>(m_testDb->url());
    QString error;
    QVERIFY2(m_database->openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 3000;
    QVERIFY(DemoDataLoader(m_database.get()).load(options).ok);
    m_window = std::make_unique<MainWindow>(m_database.get(), m_settings.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(MainWindow::ComposePage);
    m_compose = qobject_cast<ComposePage *>(m_window->page(MainWindow::ComposePage));
    QVERIFY(m_compose);
    QTRY_VERIFY(m_compose->currentCampaignId() > 0); // the demo draft opens
    QTRY_VERIFY(!m_compose->isComputingTotals());
}

void tst_Composer::cleanup()
{
    m_window.reset();
    m_database.reset();
    m_languages.reset();
    m_settings.reset();
    m_testDb.reset();
}

void tst_Composer::typeMessage(const QString &text)
{
    auto *editor = child<QPlainTextEdit>("messageEdit");
    editor->setFocus();
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    // keyClicks() only knows ASCII keys; other characters arrive as key events carrying text,
    // as from a French keyboard or an input method.
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(editor, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

bool tst_Composer::hasUcs2Format(int position) const
{
    auto *editor = m_window->findChild<QPlainTextEdit *>(QStringLiteral("messageEdit"));
    const QTextBlock block = editor->document()->findBlock(position);
    const int inBlock = position - block.position();
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (inBlock >= range.start && inBlock < range.start + range.length
            && range.format.background().style() != Qt::NoBrush)
            return true;
    }
    return false;
}

void tst_Composer::counterAndHighlight()
{
    auto *counter = child<QLabel>("smsCounter");
    auto *footer = child<QLineEdit>("footerEdit");
    auto *footerPreview = child<QLabel>("footerPreview");
    QCOMPARE(footerPreview->text(), footer->text());

    typeMessage(QStringLiteral("Votez dimanche pour la liste de Camille"));
    const QString expectedText =
        Sms::withFooter(QStringLiteral("Votez dimanche pour la liste de Camille"), footer->text());
    const Sms::Analysis gsm = Sms::analyse(expectedText);
    QVERIFY2(
        counter->text().startsWith(QStringLiteral("%1 characters · GSM-7 · 1 SMS part · %2 left")
                                       .arg(gsm.characters)
                                       .arg(gsm.remaining)),
        qPrintable(counter->text()));
    QVERIFY(!child<QToolButton>("fixButton")->isVisible());

    // One curly apostrophe and one "ê": UCS-2, both highlighted, the fix offered.
    typeMessage(QStringLiteral("C’est la fête dimanche"));
    QVERIFY2(counter->text().contains(QLatin1String("UCS-2")), qPrintable(counter->text()));
    QVERIFY(hasUcs2Format(1)); // ’
    QVERIFY(hasUcs2Format(10)); // ê
    QVERIFY(!hasUcs2Format(0)); // C
    QVERIFY(!hasUcs2Format(11)); // t
    auto *notice = child<QLabel>("ucs2Notice");
    QVERIFY2(notice->text().contains(QStringLiteral("’"))
                 && notice->text().contains(QStringLiteral("ê")),
             qPrintable(notice->text()));
    QVERIFY(notice->toolTip().contains(QStringLiteral("ç")));
    auto *fix = child<QToolButton>("fixButton");
    QVERIFY(fix->isVisible() && fix->isEnabled());
    QCOMPARE(fix->menu()->actions().size(), 2); // one entry per character

    QTest::mouseClick(fix, Qt::LeftButton, {}, QPoint(8, fix->height() / 2));
    QCOMPARE(child<QPlainTextEdit>("messageEdit")->toPlainText(),
             QStringLiteral("C'est la fete dimanche"));
    QVERIFY2(counter->text().contains(QLatin1String("GSM-7")), qPrintable(counter->text()));
    QVERIFY(!hasUcs2Format(1));
}

void tst_Composer::fixAllIsOneUndoStep()
{
    typeMessage(QStringLiteral("« Oui » à l’école…"));
    auto *editor = child<QPlainTextEdit>("messageEdit");
    const QString before = editor->toPlainText();
    // Only one character's replacement, from the menu.
    QAction *first = child<QToolButton>("fixButton")->menu()->actions().constFirst();
    first->trigger();
    QVERIFY(editor->toPlainText() != before);
    QVERIFY(editor->toPlainText().contains(QStringLiteral("’"))); // others untouched
    editor->undo();
    QCOMPARE(editor->toPlainText(), before);
    QTest::mouseClick(child<QToolButton>("fixButton"), Qt::LeftButton, {}, QPoint(8, 8));
    QCOMPARE(editor->toPlainText(), QStringLiteral("\" Oui \" à l'école..."));
    editor->undo();
    QCOMPARE(editor->toPlainText(), before);
}

void tst_Composer::mergeFieldErrorsAndSender()
{
    typeMessage(QStringLiteral("Bonjour {surnom}, et {civilite} {nom}"));
    auto *errors = child<QLabel>("templateErrors");
    QVERIFY(errors->isVisible());
    QVERIFY2(errors->text().contains(QLatin1String("surnom")), qPrintable(errors->text()));
    QVERIFY(!errors->text().contains(QLatin1String("\"civilite\""))); // an audience column
    QVERIFY(!errors->text().contains(QLatin1Char('\n'))); // one error only
    typeMessage(QStringLiteral("Bonjour {prenom}"));
    QVERIFY(!errors->isVisible());

    auto *sender = child<QLineEdit>("senderEdit");
    sender->selectAll();
    QTest::keyClicks(sender, QStringLiteral("CampagneMartin"));
    QVERIFY(!child<QLabel>("senderCheck")->text().isEmpty());
    sender->selectAll();
    QTest::keyClicks(sender, QStringLiteral("Martin27"));
    QVERIFY(child<QLabel>("senderCheck")->text().isEmpty());
    QCOMPARE(child<PhoneBubble>("phoneBubble")->property("objectName").toString(),
             QStringLiteral("phoneBubble"));
}

void tst_Composer::previewFollowsRecipients()
{
    auto *label = child<QLabel>("recipientLabel");
    auto *bubble = child<PhoneBubble>("phoneBubble");
    QTRY_VERIFY(label->text().contains(QLatin1String("+33 6 39 98")));
    typeMessage(QStringLiteral("Bonjour {prenom|Madame, Monsieur} de {commune}"));
    const QString firstLabel = label->text();
    const QString firstName = firstLabel.section(QLatin1Char(' '), 0, 0);
    QVERIFY2(bubble->text().startsWith(QStringLiteral("Bonjour ") + firstName),
             qPrintable(bubble->text()));
    QTest::mouseClick(child<QPushButton>("nextRecipientButton"), Qt::LeftButton);
    QTRY_VERIFY(label->text() != firstLabel);
    QTest::mouseClick(child<QPushButton>("previousRecipientButton"), Qt::LeftButton);
    QTRY_COMPARE(label->text(), firstLabel);

    // The worst case is the recipient whose message takes the most parts.
    QTRY_VERIFY(!m_compose->isComputingTotals());
    QCOMPARE(m_compose->totals().recipients, 3000);
    auto *worst = child<QPushButton>("worstCaseButton");
    QVERIFY(worst->isEnabled());
    QTest::mouseClick(worst, Qt::LeftButton);
    QCOMPARE(Sms::analyse(bubble->text()).parts, m_compose->totals().worstParts);
    QCOMPARE(bubble->text(), m_compose->totals().worstText);
    QVERIFY(child<QLabel>("totalsLabel")->text().contains(QLatin1String("3,000 recipients")));
}

void tst_Composer::saveAndApprovalVoided()
{
    CampaignStore store(m_database.get());
    Campaign campaign = *store.find(m_compose->currentCampaignId());
    QVERIFY(store.setState(&campaign, Campaign::State::Approved));
    m_compose->openCampaign(campaign.id);
    QVERIFY(child<QLabel>("saveStatus")->text().contains(QLatin1String("Approved")));
    auto *save = child<QPushButton>("saveCampaignButton");
    QVERIFY(!save->isEnabled());
    typeMessage(QStringLiteral("Bonjour {prenom}, acceptez-vous nos messages ? OUI ou NON"));
    QVERIFY(save->isEnabled());
    QSignalSpy saved(m_compose, &ComposePage::campaignSaved);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    const Campaign stored = *store.find(campaign.id);
    QCOMPARE(stored.message,
             QStringLiteral("Bonjour {prenom}, acceptez-vous nos messages ? OUI ou NON"));
    QCOMPARE(stored.state, Campaign::State::Draft);
    QCOMPARE(stored.revision, 2);
    QVERIFY(child<QLabel>("saveStatus")->text().contains(QLatin1String("draft again")));
}

void tst_Composer::newCampaignFromScratch()
{
    QTest::mouseClick(child<QPushButton>("newCampaignButton"), Qt::LeftButton);
    QCOMPARE(m_compose->currentCampaignId(), 0);
    QTest::keyClicks(child<QLineEdit>("campaignName"), QStringLiteral("Relance Bas-Rhin"));
    auto *kind = child<QComboBox>("campaignKind");
    kind->setCurrentIndex(kind->findData(int(Campaign::Kind::Message)));
    auto *filters = child<QLineEdit>("segmentFilters");
    QTest::keyClicks(filters, QStringLiteral("departement=67"));
    QMetaObject::invokeMethod(filters, "editingFinished");
    QTest::keyClicks(child<QLineEdit>("footerEdit"),
                     QStringLiteral("Camille Martin 2027 - STOP au 36105"));
    typeMessage(QStringLiteral("Bonjour {prenom}, votez Camille Martin !"));
    auto *schedule = child<QCheckBox>("scheduleCheck");
    QTest::mouseClick(schedule, Qt::LeftButton, {}, QPoint(4, schedule->height() / 2));
    QVERIFY(schedule->isChecked());
    const QDateTime when(QDate(2027, 3, 1), QTime(10, 0));
    child<QDateTimeEdit>("scheduleTime")->setDateTime(when);
    QTest::mouseClick(child<QPushButton>("saveCampaignButton"), Qt::LeftButton);
    QVERIFY2(m_compose->currentCampaignId() > 0, qPrintable(child<QLabel>("saveStatus")->text()));
    const Campaign stored = *CampaignStore(m_database.get()).find(m_compose->currentCampaignId());
    QCOMPARE(stored.name, QStringLiteral("Relance Bas-Rhin"));
    QCOMPARE(stored.segment.filters.size(), 1);
    QCOMPARE(stored.segment.filters.constFirst().values, QStringList {QStringLiteral("67")});
    QCOMPARE(stored.scheduledAt, when);

    // A rented audience: the campaign reaches only those who agreed. Fifty of the Bas-Rhin
    // contacts and ten others say yes.
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT phone FROM contacts WHERE department = '67' ORDER BY id LIMIT 50")));
        QStringList phones;
        while (query.next())
            phones.append(query.value(0).toString());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT phone FROM contacts WHERE department <> '67' ORDER BY id LIMIT 10")));
        while (query.next())
            phones.append(query.value(0).toString());
        QCOMPARE(phones.size(), 60);
        Consent::Ledger ledger(m_database.get());
        for (const QString &phone : std::as_const(phones)) {
            Consent::Ledger::Record record;
            record.phone = phone;
            record.event = Consent::Ledger::Event::Granted;
            record.textReceived = QStringLiteral("OUI");
            QVERIFY2(ledger.append(record), qPrintable(ledger.errorString()));
        }
    }

    // The Campaigns page lists it with its recipients once computed, and opens it back.
    m_window->showPage(MainWindow::CampaignsPage);
    auto *campaigns = qobject_cast<CampaignsPage *>(m_window->page(MainWindow::CampaignsPage));
    QTRY_VERIFY(!campaigns->isComputingFigures());
    auto *table = child<QTableView>("campaignTable");
    QCOMPARE(table->model()->rowCount(), 2);
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == QStringLiteral("Relance Bas-Rhin"))
            row = r;
    }
    QVERIFY(row >= 0);
    QTRY_VERIFY(table->model()->index(row, 4).data().toString() != QStringLiteral("…"));
    const qint64 recipients = table->model()->index(row, 4).data(Qt::UserRole + 1).toLongLong();
    QCOMPARE(recipients, 50);
    table->setCurrentIndex(table->model()->index(row, 0));
    m_compose->openCampaign(0);
    QTest::mouseClick(child<QPushButton>("openInComposerButton"), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), int(MainWindow::ComposePage));
    QCOMPARE(m_compose->currentCampaignId(), stored.id);
}

QTEST_MAIN(tst_Composer)
#include "tst_composer.moc"
