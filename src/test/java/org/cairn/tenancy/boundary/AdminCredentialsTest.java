package org.cairn.tenancy.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.cairn.infra.config.RuntimeMode;
import org.junit.jupiter.api.Test;

class AdminCredentialsTest {

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void developmentDefaultsToAdminAdmin() {
        AdminCredentials credentials = AdminCredentials.resolve(Optional.empty(), Optional.empty(), RuntimeMode.DEVELOPMENT);
        assertThat(credentials.isDevelopmentDefault()).isTrue();
        assertThat(credentials.check(basic("admin", "admin"))).contains("admin");
    }

    @Test
    void productionHasNoDefault() {
        AdminCredentials credentials = AdminCredentials.resolve(Optional.empty(), Optional.empty(), RuntimeMode.PRODUCTION);
        assertThat(credentials.isConfigured()).isFalse();
        assertThat(credentials.check(basic("admin", "admin"))).isEmpty();
    }

    @Test
    void configuredCredentialsAreCheckedExactly() {
        AdminCredentials credentials = AdminCredentials.resolve(Optional.of("ops"), Optional.of("s3cret:with:colons"), RuntimeMode.PRODUCTION);
        assertThat(credentials.check(basic("ops", "s3cret:with:colons"))).contains("ops");
        assertThat(credentials.check(basic("ops", "s3cret"))).isEmpty();
        assertThat(credentials.check(basic("admin", "s3cret:with:colons"))).isEmpty();
        assertThat(credentials.check("Bearer xyz")).isEmpty();
        assertThat(credentials.check("Basic !!!")).isEmpty();
        assertThat(credentials.check(null)).isEmpty();
    }
}
