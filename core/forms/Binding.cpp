#include "Binding.h"

namespace kakanai::forms {

namespace {

bool isIdentifier(QStringView key)
{
    if (key.isEmpty() || key.size() > 64)
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool digit = c >= u'0' && c <= u'9';
        if (i == 0 ? !letter : !(letter || digit || c == u'_'))
            return false;
    }
    return true;
}

} // namespace

std::optional<Binding> Binding::parse(QStringView text)
{
    const qsizetype dot = text.indexOf(u'.');
    if (dot <= 0)
        return std::nullopt;
    const QStringView prefix = text.left(dot);
    const QStringView key = text.mid(dot + 1);
    if (!isIdentifier(key))
        return std::nullopt;
    FieldSource source;
    if (prefix == u"card")
        source = FieldSource::Card;
    else if (prefix == u"prereg")
        source = FieldSource::PreReg;
    else if (prefix == u"visit")
        source = FieldSource::Visit;
    else if (prefix == u"backoffice")
        source = FieldSource::BackOffice;
    else
        return std::nullopt;
    return Binding{source, key.toString()};
}

QString Binding::toString() const
{
    if (source == FieldSource::None)
        return {};
    return FieldSources::name(source) + u'.' + key;
}

} // namespace kakanai::forms
