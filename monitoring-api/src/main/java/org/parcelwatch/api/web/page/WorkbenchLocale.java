package org.parcelwatch.api.web.page;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of a request (DESIGN §6.4): the workbench is Chinese unless the user chose English with
 * {@code ?lang=en} (kept in a cookie; {@code ?lang=zh-CN} goes back). The API keeps answering in the language its
 * client asks for with {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
public class WorkbenchLocale implements WebMvcConfigurer {

    static final String COOKIE = "parcelwatch-lang";

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocaleFunction(WorkbenchLocale::defaultLocale);
        return resolver;
    }

    static Locale defaultLocale(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // as before the workbench: the client's Accept-Language (the server's language when it names none)
            return request.getLocale();
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
