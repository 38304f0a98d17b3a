// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's cost panel: its figures are the cost preview's, the GSM-safe rewrite's saving,
// the consent-first forecast at the rate typed and the budget cap exceeded, by how much.
#include "campaign/campaignstore.h"
#include "demo/democonsentrequest.h"
#include "demo/demodataloader.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "pages/composepage.h"
#include "pricing/costpanel.h"
#include "pricing/money.h"
#include "pricing/priceplanstore.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QChartView>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

class tst_CostPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void figuresArePreviews();
    void rewriteSaving();
    void forecastFollowsRate();
    void budgetExceeded();
    void exactPriceIsOneFigure();

private:
    QLabel *label(const char *name) const
    {
        auto *widget = m_panel->findChild<QLabel *>(QLatin1String(name));
        if (!widget)
            qWarning("missing label %s", name);
        return widget ? widget : m_missing;
    }
    // Saves the campaign with `message`, opens it in the composer and waits for its price.
    bool show(const QString &message, qint64 budgetCapMc = 0);
    CostPreview expected(int rateBasisPoints = -1) const;
    void grab(const QString &name);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    ComposePage *m_compose = nullptr;
    CostPanel *m_panel = nullptr;
    QLabel *m_missing = nullptr;
    Campaign m_campaign;
};

void tst_CostPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_testDb = std::make_unique<TestDatabase>(DatabaseUrl::Backend::Sqlite);
    m_settings =
        std::make_unique<AppSettings>(m_testDb->folder() + QStringLiteral("/settings.ini"));
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(qEnvironmentVariable("TRIBUNE_TEST_LANGUAGE", QStringLiteral("en")));
    m_database = std::make_unique<Database>(m_testDb->url());
    QString error;
    QVERIFY2(m_database->openAndMigrate(&error), qPrintable(error));
    DemoDataLoader::Options options;
    options.contacts = 2000;
    QVERIFY(DemoDataLoader(m_database.get()).load(options).ok);
    // A consent history on the rented list: 30 answers, 24 of them yes.
    QList<DemoConsentRequest::Reply> replies;
    for (int i = 0; i < 30; ++i)
        replies.append({i, i < 24 ? QStringLiteral("OUI") : QStringLiteral("NON")});
    const DemoConsentRequest::Result asked = DemoConsentRequest::run(m_database.get(), 40, replies);
    QVERIFY2(asked.ok, qPrintable(asked.errorString));

    // A campaign message to the rented list, with the name merge field.
    CampaignStore store(m_database.get());
    const std::optional<Campaign> demo = store.find(asked.campaignId);
    QVERIFY(demo);
    m_campaign = *demo;
    m_campaign.id = 0;
    m_campaign.name = QStringLiteral("Réunion publique");
    m_campaign.kind = Campaign::Kind::Message;
    m_campaign.state = Campaign::State::Draft;
    m_campaign.message = QStringLiteral("Bonjour {prenom}, réunion publique jeudi à 19h.");
    QVERIFY2(store.create(&m_campaign), qPrintable(store.errorString()));

    m_missing = new QLabel;
    m_window = std::make_unique<MainWindow>(m_database.get(), m_settings.get(), m_languages.get());
    m_window->resize(1280, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(MainWindow::ComposePage);
    m_compose = qobject_cast<ComposePage *>(m_window->page(MainWindow::ComposePage));
    QVERIFY(m_compose);
    m_panel = m_compose->findChild<CostPanel *>(QStringLiteral("costPanel"));
    QVERIFY(m_panel);
}

void tst_CostPanel::cleanupTestCase()
{
    m_window.reset();
    delete m_missing;
    m_database.reset();
    m_languages.reset();
    m_settings.reset();
    m_testDb.reset();
}

bool tst_CostPanel::show(const QString &message, qint64 budgetCapMc)
{
    m_campaign.message = message;
    m_campaign.budgetCapMc = budgetCapMc;
    CampaignStore store(m_database.get());
    if (!store.update(&m_campaign)) {
        qWarning("%s", qPrintable(store.errorString()));
        return false;
    }
    QSignalSpy priced(m_panel, &CostPanel::previewReady);
    m_compose->openCampaign(m_campaign.id);
    return priced.wait(20000)
        && QTest::qWaitFor([this]() { return !m_panel->isComputing(); }, 20000)
        && m_panel->preview().ok;
}

CostPreview tst_CostPanel::expected(int rateBasisPoints) const
{
    QString error;
    std::optional<CostPreview::Request> request =
        CostPreview::request(m_database.get(), m_campaign, &error);
    if (!request)
        return {};
    request->consentRateBasisPoints = rateBasisPoints;
    return CostPreview::compute(m_database.get(), *request);
}

// With TRIBUNE_TEST_GRAB_DIR set, the composer as shown, to look at.
void tst_CostPanel::grab(const QString &name)
{
    const QString folder = qEnvironmentVariable("TRIBUNE_TEST_GRAB_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(100); // the layout settles on the new texts
    m_window->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void tst_CostPanel::figuresArePreviews()
{
    QVERIFY(show(QStringLiteral("Bonjour {prenom}, réunion publique jeudi à 19h au foyer. "
                                "Venez nombreux !")));
    const CostPreview want = expected();
    QVERIFY(want.ok);
    QVERIFY(want.message.recipients > 0);
    QCOMPARE(m_panel->preview().message.parts, want.message.parts);
    QCOMPARE(m_panel->preview().cost.net, want.cost.net);
    const QLocale locale;
    const QString summary = label("costSummary")->text();
    QVERIFY2(summary.contains(locale.toString(want.message.parts)), qPrintable(summary));
    QVERIFY(summary.contains(locale.toString(want.message.gsm7Recipients)));
    QVERIFY(summary.contains(locale.toString(want.message.ucs2Recipients)));
    // The demo plan prices between 0.15 and 0.30 € a part: a range.
    QVERIFY(!want.cost.net.isExact());
    QCOMPARE(label("costNetMin")->text(), Money::format(want.cost.net.min));
    QCOMPARE(label("costNetExpected")->text(), Money::format(want.cost.net.expected));
    QCOMPARE(label("costNetMax")->text(), Money::format(want.cost.net.max));
    QCOMPARE(label("costVatMax")->text(), Money::format(want.cost.vat.max));
    QCOMPARE(label("costGrossMin")->text(), Money::format(want.cost.gross.min));
    QCOMPARE(label("costGrossMax")->text(), Money::format(want.cost.gross.max));
    QVERIFY(!m_panel->findChild<QToolButton *>(QStringLiteral("costRewriteButton"))->isVisible());
    QVERIFY(m_panel->budget().passes());
    grab(QStringLiteral("costpanel-plain"));
}

void tst_CostPanel::rewriteSaving()
{
    // A curly apostrophe and an "ê" make the message UCS-2: the rewrite saves parts.
    QVERIFY(show(QStringLiteral("Bonjour {prenom}, c’est la fête : réunion publique jeudi à 19h "
                                "au foyer.")));
    const CostPreview want = expected();
    QVERIFY(want.rewriteAvailable);
    QVERIFY(want.savings().net.max > 0);
    const QString text = label("costRewrite")->text();
    QVERIFY2(text.contains(Money::format(want.savings().net.min)), qPrintable(text));
    QVERIFY(text.contains(Money::format(want.savings().net.max)));
    QVERIFY(text.contains(QLocale().toString(want.rewritten.parts)));
    auto *button = m_panel->findChild<QToolButton *>(QStringLiteral("costRewriteButton"));
    QVERIFY(button->isVisible());
    grab(QStringLiteral("costpanel-rewrite"));

    // The panel's button rewrites the text in the composer, which is priced again.
    button->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isComputing() && !m_panel->preview().rewriteAvailable,
                             20000);
    QCOMPARE(m_panel->preview().cost.net, want.rewrittenCost.net);
}

void tst_CostPanel::forecastFollowsRate()
{
    QVERIFY(show(QStringLiteral("Bonjour {prenom}, réunion publique jeudi à 19h au foyer.")));
    auto *box = m_panel->findChild<QWidget *>(QStringLiteral("forecastBox"));
    QVERIFY(box->isVisible());
    QVERIFY(m_panel->chartView()->chart());
    const CostPreview history = expected();
    QVERIFY(history.forecast.available);
    QVERIFY(history.forecast.rateFromHistory);
    QCOMPARE(history.forecast.rateBasisPoints, 8000); // 24 of 30
    QCOMPARE(m_panel->rateSpinBox()->value(), 80.0);
    QVERIFY(label("consentRateOrigin")->text().contains(QLatin1String("24")));
    const QString before = label("forecastText")->text();
    QVERIFY2(before.contains(Money::format(history.forecast.total.net.expected)),
             qPrintable(before));
    grab(QStringLiteral("costpanel-forecast"));

    // The user's rate replaces the history's.
    QDoubleSpinBox *rate = m_panel->rateSpinBox();
    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("25"));
    QTest::keyClick(rate, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->preview().forecast.rateBasisPoints, 2500, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isComputing(), 20000);
    const CostPreview quarter = expected(2500);
    QCOMPARE(m_panel->preview().forecast.campaignRecipients, quarter.forecast.campaignRecipients);
    QVERIFY(quarter.forecast.total.net.expected < history.forecast.total.net.expected);
    const QString after = label("forecastText")->text();
    QVERIFY(after != before);
    QVERIFY2(after.contains(Money::format(quarter.forecast.total.net.expected)), qPrintable(after));
    QVERIFY(after.contains(QLocale().toString(quarter.forecast.campaignRecipients)));
    QVERIFY(label("consentRateOrigin")->text().isEmpty());
}

void tst_CostPanel::budgetExceeded()
{
    const qint64 cap = Money::MillicentsPerEuro;
    QVERIFY(show(QStringLiteral("Bonjour {prenom}, réunion publique jeudi à 19h au foyer."), cap));
    const CostPreview want = expected();
    const BudgetCheck budget = m_panel->budget();
    QVERIFY(budget.ok);
    QVERIFY(budget.campaign.isExceeded());
    QCOMPARE(budget.campaign.excessMc(), budget.campaign.spentMc + want.cost.net.max - cap);
    const QString text = label("costBudget")->text();
    QVERIFY2(text.contains(Money::format(budget.campaign.excessMc())), qPrintable(text));
    QVERIFY(text.contains(Money::format(cap)));
    QVERIFY(!label("costBudget")->toolTip().isEmpty());
    grab(QStringLiteral("costpanel-budget"));

    // A cap high enough.
    QVERIFY(show(QStringLiteral("Bonjour {prenom}, réunion publique jeudi à 19h au foyer."),
                 1000 * Money::MillicentsPerEuro));
    QVERIFY(m_panel->budget().passes());
    QVERIFY(label("costBudget")->text().contains(QLatin1String("within")));
}

void tst_CostPanel::exactPriceIsOneFigure()
{
    // The provider's plan gives a price per part: no range left.
    PricePlanStore plans(m_database.get());
    std::optional<PricePlan> plan = plans.forProvider(m_campaign.providerId);
    QVERIFY(plan);
    plan->gsm7PartMc = 15500;
    plan->ucs2PartMc = 15500;
    QVERIFY2(plans.update(*plan), qPrintable(plans.errorString()));
    QVERIFY(show(QStringLiteral("Bonjour {prenom}, réunion publique jeudi à 19h au foyer.")));
    const CostPreview want = expected();
    QVERIFY(want.cost.net.isExact());
    QCOMPARE(want.cost.net.min, want.message.parts * 15500);
    QCOMPARE(label("costNetMin")->text(), Money::format(want.cost.net.min));
    QCOMPARE(label("costGrossMin")->text(), Money::format(want.cost.gross.min));
    QVERIFY(label("costNetExpected")->text().isEmpty());
    QVERIFY(label("costNetMax")->text().isEmpty());
    grab(QStringLiteral("costpanel-exact"));
}

QTEST_MAIN(tst_CostPanel)
#include "tst_costpanel.moc"
