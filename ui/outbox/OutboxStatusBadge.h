#pragma once

#include "outbox/OutboxTypes.h"

#include <QLabel>

namespace kakanai {

// A compact outbox summary for the status bar: "送信待ち 3" and, when the
// back office refused something, "却下 1" in red. Connect
// Uploader::countsChanged or OutboxPage::countsChanged to setCounts().
class OutboxStatusBadge : public QLabel {
    Q_OBJECT
public:
    explicit OutboxStatusBadge(QWidget *parent = nullptr);

    const OutboxCounts &counts() const { return m_counts; }

public slots:
    void setCounts(const kakanai::OutboxCounts &counts);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    OutboxCounts m_counts;
};

} // namespace kakanai
