#include "FormsCommand.h"

#include "common/Settings.h"
#include "forms/FormLibrary.h"

namespace kakanai {

namespace {
class FormsCommandText {
    Q_DECLARE_TR_FUNCTIONS(FormsCommand)
public:
    static QString usage() { return tr("Usage: kakanai-cli forms list [--dir OVERRIDE-DIR]"); }
};
} // namespace

int runFormsCommand(CliContext &ctx, const QStringList &args)
{
    QString dir = ctx.settings.string(SettingKey::FormsOverrideDir);
    if (args.value(0) != QLatin1String("list") || (args.size() != 1 && !(args.size() == 3 && args.at(1) == QLatin1String("--dir")))) {
        ctx.err << FormsCommandText::usage() << Qt::endl;
        return exitcode::Usage;
    }
    if (args.size() == 3)
        dir = args.at(2);
    const forms::FormLibrary library = forms::FormLibrary::load(dir);
    for (const forms::FormDefinition &form : library.forms())
        ctx.out << form.id << '\t' << form.title.ja << '\n';
    ctx.out.flush();
    for (const forms::DefinitionProblem &problem : library.problems())
        ctx.err << "kakanai-cli: " << problem.toString() << '\n';
    ctx.err.flush();
    return library.problems().isEmpty() ? exitcode::Ok : exitcode::Failed;
}

} // namespace kakanai
