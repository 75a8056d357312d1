#include "DefinitionProblem.h"

namespace kakanai::forms {

QString DefinitionProblem::toString() const
{
    switch (element) {
    case Element::None:
        return tr("%1: %2").arg(file, reason);
    case Element::Field:
        return tr("%1: field \"%2\": %3").arg(file, name, reason);
    case Element::Event:
        return tr("%1: event \"%2\": %3").arg(file, name, reason);
    case Element::Question:
        return tr("%1: question \"%2\": %3").arg(file, name, reason);
    case Element::Key:
        return tr("%1: key \"%2\": %3").arg(file, name, reason);
    }
    return {};
}

} // namespace kakanai::forms
