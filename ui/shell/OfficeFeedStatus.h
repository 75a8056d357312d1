#pragma once

#include <QLabel>
#include <QPointer>

namespace kakanai {

class ChangeFeed;

// The status bar's word on the office store's change feed. Live: nothing
// (all is as it should be). Connecting: "connecting". Stale: a warning that
// what the screens show may be out of date ("情報更新停止中"), with the reason
// as its tooltip, until the feed is back and the views have re-read.
class OfficeFeedStatus : public QLabel {
    Q_OBJECT
public:
    explicit OfficeFeedStatus(QWidget *parent = nullptr);
    void follow(ChangeFeed &feed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    QPointer<ChangeFeed> m_feed;
};

} // namespace kakanai
