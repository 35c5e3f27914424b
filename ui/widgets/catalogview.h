#pragma once

// The catalog of the accepted feed: mitigations and their actions in a tree,
// and beside it the selected item in full: description, applicability,
// rollback procedure, and for URL Rewrite actions the rules as signed.

#include <QWidget>

class QLabel;
class QTextBrowser;
class QTreeView;

namespace em::ui {

class CatalogModel;

class CatalogView final : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogView(CatalogModel *model, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void updateEmpty();
    void fitColumns();

    CatalogModel *m_model;
    QLabel *m_empty;
    QTreeView *m_tree;
    QTextBrowser *m_details;
};

} // namespace em::ui
