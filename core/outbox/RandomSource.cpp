#include "RandomSource.h"

#include <QRandomGenerator>

namespace kakanai {

double SystemRandomSource::uniform()
{
    return QRandomGenerator::global()->generateDouble();
}

} // namespace kakanai
