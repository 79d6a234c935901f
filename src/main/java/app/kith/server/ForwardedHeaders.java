package app.kith.server;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Behind a reverse proxy named in {@code kith.trusted-proxies}, a request from that proxy is
 * taken as coming from the client address in its {@code X-Forwarded-For} (what the sign-in
 * throttle counts) and over TLS when its {@code X-Forwarded-Proto} says https (cookies are then
 * Secure). From any other address, and when no proxy is named, those headers are ignored.
 */
@Configuration(proxyBeanMethods = false)
class ForwardedHeaders {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxies(
            @Value("${kith.trusted-proxies:}") String addresses) {
        TrustedProxies proxies = TrustedProxies.parse(addresses);
        return factory -> {
            if (proxies.none()) {
                return;
            }
            RemoteIpValve valve = new RemoteIpValve();
            valve.setRemoteIpHeader("X-Forwarded-For");
            valve.setProtocolHeader("X-Forwarded-Proto");
            valve.setInternalProxies(proxies.pattern());
            valve.setTrustedProxies(null);
            factory.addEngineValves(valve);
        };
    }
}
