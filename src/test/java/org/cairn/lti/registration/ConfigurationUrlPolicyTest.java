package org.cairn.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.infra.config.RuntimeMode;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.cairn.lti.registration.RegistrationFailed.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ConfigurationUrlPolicyTest {

    /** A fake DNS: lms.example.edu is public, the others resolve to internal addresses. */
    private static final Map<String, String> DNS = Map.of(
            "lms.example.edu", "93.184.216.34",
            "rebind.example.com", "127.0.0.1",
            "intranet.example.edu", "10.1.2.3",
            "metadata.example.com", "169.254.169.254",
            "v6local.example.com", "fd00::1");

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        String ip = DNS.get(host);
        if (ip == null) {
            if (host.matches("[0-9.:a-fA-F]+")) return List.of(InetAddress.getByName(host));
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(ip));
    }

    private static final Phrase URL = Phrase.of("register.server.what.configurationUrl");

    private final ConfigurationUrlPolicy production = new ConfigurationUrlPolicy(RuntimeMode.PRODUCTION, Set.of("moodle.campus.local"), ConfigurationUrlPolicyTest::resolve);
    private final ConfigurationUrlPolicy development = new ConfigurationUrlPolicy(RuntimeMode.DEVELOPMENT, Set.of(), ConfigurationUrlPolicyTest::resolve);

    @Test
    void productionAcceptsHttpsToAPublicHost() {
        assertThat(production.check("https://lms.example.edu/api/lti/security/openid-configuration", URL).getHost())
                .isEqualTo("lms.example.edu");
    }

    @Test
    void productionRefusesPlainHttp() {
        assertThatThrownBy(() -> production.check("http://lms.example.edu/config", URL))
                .isInstanceOf(RegistrationFailed.class).hasMessageContaining("not https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/c", "https://[::1]/c", "https://10.0.0.8/c", "https://172.16.3.4/c",
            "https://192.168.1.10/c", "https://169.254.169.254/latest/meta-data", "https://[fe80::1]/c",
            "https://0.0.0.0/c", "https://100.64.1.1/c", "https://rebind.example.com/c", "https://intranet.example.edu/c",
            "https://metadata.example.com/c", "https://v6local.example.com/c", "https://[::ffff:127.0.0.1]/c"})
    void productionRefusesInternalAddressesAfterResolution(String url) {
        assertThatThrownBy(() -> production.check(url, URL))
                .isInstanceOfSatisfying(RegistrationFailed.class, e -> assertThat(e.reason()).isEqualTo(Reason.URL_REFUSED));
    }

    @Test
    void productionTrustsHostsTheOperatorNamed() {
        assertThat(production.check("http://moodle.campus.local/mod/lti/openid-configuration.php", URL)).isNotNull();
    }

    @Test
    void developmentAllowsHttpAndLoopback() {
        assertThat(development.check("http://127.0.0.1:8093/sandbox/openid-configuration", URL)).isNotNull();
        assertThat(development.check("http://localhost:8093/x", URL)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://lms.example.edu/x", "/relative/path", "https://user:pw@lms.example.edu/x", "not a url"})
    void everyModeRefusesNonHttpOrOddUrls(String url) {
        assertThatThrownBy(() -> development.check(url, URL)).isInstanceOf(RegistrationFailed.class);
    }

    @Test
    void anUnknownHostIsReported() {
        assertThatThrownBy(() -> production.check("https://nowhere.invalid/x", URL))
                .isInstanceOfSatisfying(RegistrationFailed.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE));
    }

    @Test
    void aMissingUrlIsReported() {
        assertThatThrownBy(() -> production.check(" ", Phrase.of("register.server.what.configurationUrl")))
                .isInstanceOf(RegistrationFailed.class).hasMessageContaining("openid_configuration URL is missing");
    }

    @Test
    void aRefusalReadsInTheRegistrationPagesLanguageAndNamesTheSettingThatTrustsAHost() {
        assertThatThrownBy(() -> production.check("https://10.0.0.8/c", Phrase.of("register.server.what.configurationUrl")))
                .isInstanceOfSatisfying(RegistrationFailed.class, e -> {
                    assertThat(e.getMessage()).contains("resolves to 10.0.0.8").contains("cairn.registration.trusted-hosts");
                    assertThat(e.detail().in(Messages.SPANISH)).isEqualTo("El servidor 10.0.0.8 de la URL de "
                            + "openid_configuration se resuelve en 10.0.0.8, una dirección privada, de bucle local o de "
                            + "enlace local; Cairn no llama a direcciones internas (un operador puede confiar en el "
                            + "servidor con cairn.registration.trusted-hosts).");
                });
    }
}
