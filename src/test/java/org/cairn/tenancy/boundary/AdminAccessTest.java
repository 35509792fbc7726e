package org.cairn.tenancy.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Locale;
import org.cairn.infra.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The operator admin's own problems (written before JAX-RS) follow the request's Accept-Language too. */
class AdminAccessTest {

    @Test
    void theFirstAcceptedLanguageDecidesAndNoHeaderIsEnglish() {
        assertThat(AdminAccess.language(request("es-MX,en;q=0.5", Locale.forLanguageTag("es-MX")))).isEqualTo(Messages.SPANISH);
        assertThat(AdminAccess.language(request("fr", Locale.FRENCH))).isEqualTo(Messages.ENGLISH);
        // Without a header the container answers its own default locale, which must not decide.
        assertThat(AdminAccess.language(request(null, Locale.forLanguageTag("es")))).isEqualTo(Messages.ENGLISH);
    }

    private static HttpServletRequest request(String acceptLanguage, Locale locale) {
        return (HttpServletRequest) Proxy.newProxyInstance(AdminAccessTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "Accept-Language".equalsIgnoreCase((String) args[0]) ? acceptLanguage : null;
                    case "getLocale" -> locale;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
