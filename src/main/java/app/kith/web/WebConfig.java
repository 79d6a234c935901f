package app.kith.web;

import app.kith.account.Accounts;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final Accounts accounts;

    WebConfig(Accounts accounts) {
        this.accounts = accounts;
    }

    /** First of all filters, for every path, so its figure includes security and error handling. */
    @Bean
    FilterRegistrationBean<ServerTiming> serverTiming() {
        FilterRegistrationBean<ServerTiming> registration = new FilterRegistrationBean<>(new ServerTiming());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentAccount(accounts));
    }
}
