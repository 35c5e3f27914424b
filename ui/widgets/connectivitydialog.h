#pragma once

// The connectivity test's results, per server: the vendor's two lines in the
// table, and every detail line of the selected server below; a Stop button
// while tests run. Closing the dialog stops them.

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace em::ui {

class ConnectivityModel;
class TestConnectivityCommand;

class ConnectivityDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectivityDialog(TestConnectivityCommand *command, QWidget *parent = nullptr);
    ~ConnectivityDialog() override;

    [[nodiscard]] ConnectivityModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslate();
    void showCurrent();
    void updateSummary();

    QPointer<TestConnectivityCommand> m_command;
    ConnectivityModel *m_model;
    QLabel *m_endpoint;
    QLabel *m_summary;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QPushButton *m_stop;
    QPushButton *m_close;
    QString m_endpointText;
    int m_total = 0;
    int m_tested = 0;
    int m_failed = 0;
    bool m_running = true;
};

} // namespace em::ui
