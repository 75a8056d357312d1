// The translations library holds only resources; this file gives it an object.
namespace kakanai { int i18nAnchor() { return 0; } }
