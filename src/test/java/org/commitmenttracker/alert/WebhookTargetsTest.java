package org.commitmenttracker.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhook targets: only public addresses, unless configuration allows others. */
class WebhookTargetsTest {

    private final WebhookTargets production = new WebhookTargets(false);
    private final WebhookTargets allowingPrivate = new WebhookTargets(true);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://localhost:8080/hook", "http://10.1.2.3/hook",
            "https://172.16.0.1/hook", "http://192.168.1.10/hook", "http://169.254.169.254/latest/meta-data",
            "http://0.0.0.0/hook", "http://100.64.0.1/hook", "http://[::1]/hook", "http://[fd00::1]/hook",
            "http://[fe80::1]/hook", "http://224.0.0.1/hook", "http://[::ffff:127.0.0.1]/hook"})
    void refusesLoopbackPrivateAndLinkLocalTargets(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(WebhookTargets.RefusedTarget.class)
                .hasMessageContaining("which is not a public address");
        assertThat(allowingPrivate.check(url).toString()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://8.8.8.8/hook", "http://1.1.1.1:8443/a/b?c=d", "https://[2001:4860:4860::8888]/x"})
    void acceptsPublicAddresses(String url) {
        assertThat(production.check(url).toString()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://8.8.8.8/hook", "8.8.8.8/hook", "http:///hook", "http://a b/hook",
            "https://user:pass@8.8.8.8/hook"})
    void refusesWhatIsNotAPlainHttpUrl(String url) {
        assertThatThrownBy(() -> allowingPrivate.check(url)).isInstanceOf(WebhookTargets.RefusedTarget.class);
    }
}
