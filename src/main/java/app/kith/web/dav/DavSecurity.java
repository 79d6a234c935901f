package app.kith.web.dav;

import app.kith.account.Account;
import app.kith.account.AppPasswords;
import app.kith.dav.AddressBook;
import java.util.List;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Who may sync contacts: a phone signs in with HTTP Basic, the account's email and one of its app
 * passwords (never the account password, which is refused here). Phones keep no cookies worth
 * trusting and send no CSRF tokens, so {@code /dav} is stateless and CSRF-free; every other path
 * keeps the web app's and the API's own rules.
 */
@Configuration(proxyBeanMethods = false)
class DavSecurity {

    static final String REALM = "Kith contacts";

    @Bean
    @Order(0)
    SecurityFilterChain dav(HttpSecurity http, AppPasswords appPasswords) throws Exception {
        return http.securityMatcher("/dav/**", "/dav", DavServlet.WELL_KNOWN)
                .authorizeHttpRequests(a -> a.requestMatchers(DavServlet.WELL_KNOWN).permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(new AppPasswordSignIn(appPasswords)))
                .httpBasic(b -> b.realmName(REALM))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .logout(l -> l.disable())
                .build();
    }

    /**
     * Spring Security's firewall lets only the methods of plain HTTP through; WebDAV's own are
     * added (the DAV chain and servlet are the only ones that answer them).
     */
    @Bean
    WebSecurityCustomizer davMethods() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHttpMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
                "PROPFIND", "PROPPATCH", "REPORT", "MKCOL"));
        return web -> web.httpFirewall(firewall);
    }

    @Bean
    ServletRegistrationBean<DavServlet> davServlet(AddressBook addressBook) {
        ServletRegistrationBean<DavServlet> servlet = new ServletRegistrationBean<>(new DavServlet(addressBook),
                "/dav/*", "/dav", DavServlet.WELL_KNOWN);
        servlet.setName("carddav");
        return servlet;
    }

    /** An email and an app password: the account is the principal the servlet reads. */
    private record AppPasswordSignIn(AppPasswords appPasswords) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication given) {
            Account account = appPasswords.authenticate(given.getName(), String.valueOf(given.getCredentials()))
                    .orElseThrow(() -> new BadCredentialsException("Not an app password of this account"));
            return UsernamePasswordAuthenticationToken.authenticated(account, null, List.of());
        }

        @Override
        public boolean supports(Class<?> type) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
        }
    }
}
