package app.kith.web;

import app.kith.account.Accounts;
import app.kith.web.io.ImportUploads;
import jakarta.servlet.MultipartConfigElement;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Limits.class)
@EnableScheduling
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

    /** Uploaded contacts files, in a folder of this server's own that goes when it stops. */
    @Bean(destroyMethod = "close")
    ImportUploads importUploads() {
        return new ImportUploads(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Right after the timing, before security: an oversized body is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<BodyLimit> bodyLimit(Limits limits) {
        FilterRegistrationBean<BodyLimit> registration = new FilterRegistrationBean<>(new BodyLimit(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    BodyLimit.TooLarge bodyTooLarge() {
        return new BodyLimit.TooLarge();
    }

    /**
     * The import page's upload, stored by the container as it arrives (never held in memory). Only
     * the whole request is limited: BodyLimit refuses a larger one from its declared length.
     */
    @Bean
    MultipartConfigElement multipart(Limits limits) {
        return new MultipartConfigElement("", -1, limits.uploadForm(), 0);
    }

    /** Parsed when a handler asks for the file: the error page of a refused upload reads none of it. */
    @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    StandardServletMultipartResolver multipartResolver() {
        StandardServletMultipartResolver resolver = new StandardServletMultipartResolver();
        resolver.setResolveLazily(true);
        return resolver;
    }

    /**
     * A client that asks first ({@code Expect: 100-continue}, as curl does for large bodies) is
     * told to send the body only once a handler reads it: a refused request is answered before a
     * byte of its body travels.
     */
    @Bean
    TomcatConnectorCustomizer continueOnRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentAccount(accounts));
    }
}
