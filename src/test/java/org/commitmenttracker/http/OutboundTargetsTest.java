package org.commitmenttracker.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** URLs the service calls (webhooks, feeds): only public addresses, unless configuration allows others. */
class OutboundTargetsTest {

    private final OutboundTargets production = new OutboundTargets(false);
    private final OutboundTargets allowingPrivate = new OutboundTargets(true);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://localhost:8080/hook", "http://10.1.2.3/hook",
            "https://172.16.0.1/hook", "http://192.168.1.10/hook", "http://169.254.169.254/latest/meta-data",
            "http://0.0.0.0/hook", "http://100.64.0.1/hook", "http://[::1]/hook", "http://[fd00::1]/hook",
            "http://[fe80::1]/hook", "http://224.0.0.1/hook", "http://[::ffff:127.0.0.1]/hook",
            "http://[::127.0.0.1]/hook", "http://[::ffff:0:7f00:1]/hook", "http://[64:ff9b::a9fe:a9fe]/hook",
            "http://[2002:7f00:1::]/hook", "http://[2002:a9fe:a9fe::1]/hook", "http://192.0.0.1/hook",
            "http://192.0.2.1/hook", "http://198.51.100.7/hook", "http://203.0.113.9/hook", "http://198.18.0.1/hook",
            "http://255.255.255.255/hook", "http://240.0.0.1/hook", "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
            "http://[2001:db8::1]/hook", "http://[ff02::1]/hook", "http://[::]/hook", "http://[64:ff9b:1::1]/hook",
            "http://[100::1]/hook", "http://[3fff::1]/hook"})
    void refusesLoopbackPrivateAndLinkLocalTargets(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(OutboundTargets.RefusedTarget.class)
                .hasMessageContaining("which is not a public address");
        assertThat(allowingPrivate.check(url).toString()).isEqualTo(url);
    }

    @org.junit.jupiter.api.Test
    void theAddressCheckedIsTheAddressADeliveryConnectsTo() {
        OutboundTargets.Target target = production.resolve("https://[2001:4860:4860::8888]:8443/x");
        assertThat(target.address().getHostAddress()).isEqualTo("2001:4860:4860:0:0:0:0:8888");
        assertThat(target.uri().getPort()).isEqualTo(8443);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://8.8.8.8/hook", "http://1.1.1.1:8443/a/b?c=d", "https://[2001:4860:4860::8888]/x",
            "http://[64:ff9b::808:808]/hook", "http://[2002:808:808::1]/hook"})
    void acceptsPublicAddresses(String url) {
        assertThat(production.check(url).toString()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://8.8.8.8/hook", "8.8.8.8/hook", "http:///hook", "http://a b/hook",
            "https://user:pass@8.8.8.8/hook"})
    void refusesWhatIsNotAPlainHttpUrl(String url) {
        assertThatThrownBy(() -> allowingPrivate.check(url)).isInstanceOf(OutboundTargets.RefusedTarget.class);
    }
}
