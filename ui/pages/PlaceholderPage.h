#pragma once

#include <QWidget>

#include <functional>

class QLabel;

namespace kakanai {

// A page whose feature is not built yet. It says so plainly and names what
// will be here, instead of showing controls that do nothing.
class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    // `title` and `description` are called again on every language change so
    // the page retranslates; they return tr()'d text.
    PlaceholderPage(std::function<QString()> title, std::function<QString()> description, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::function<QString()> m_title;
    std::function<QString()> m_description;
    QLabel *m_titleLabel;
    QLabel *m_descriptionLabel;
    QLabel *m_statusLabel;
};

} // namespace kakanai
