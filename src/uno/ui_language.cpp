#include "ui_language.hpp"
#include "uno_values.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

namespace pmocalc::uno {

// The UI locale chosen in Tools > Options, else the installation's.
Language ui_language(const Reference<css::uno::XComponentContext>& context) {
    try {
        auto provider = css::configuration::theDefaultProvider::get(context);
        auto read = [&](const char* path, const char* key) {
            css::beans::NamedValue node("nodepath", Any(OUString::createFromAscii(path)));
            Sequence<Any> args(1);
            args.getArray()[0] <<= node;
            Reference<css::container::XNameAccess> access(
                provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
                UNO_QUERY_THROW);
            OUString value;
            access->getByName(OUString::createFromAscii(key)) >>= value;
            return value;
        };
        OUString locale = read("/org.openoffice.Office.Linguistic/General", "UILocale");
        if (locale.isEmpty())
            locale = read("/org.openoffice.Setup/L10N", "ooLocale");
        return locale.startsWith("ja") ? Language::ja : Language::en;
    } catch (const css::uno::Exception&) {
        return Language::en;
    }
}

}  // namespace pmocalc::uno
