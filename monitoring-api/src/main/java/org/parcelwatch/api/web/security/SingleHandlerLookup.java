package org.parcelwatch.api.web.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;

/**
 * Spring Security 6 puts a filter in front of its chain that looks up the Spring MVC handler of every request
 * ({@code HandlerMappingIntrospector}'s cache), for {@code MvcRequestMatcher}s and MVC-derived CORS settings. This API
 * uses neither (its rules are {@code PathPatternRequestMatcher}s, see {@link ApiAccess}; no CORS), so every request
 * paid the handler lookup twice: a profile of the parcel detail put the extra one at 18% of the server's CPU. This
 * unwraps the security filter chain from that composite, leaving the chain itself as it was. Should Spring Security
 * change the shape of the wrapper, it is left in place (and said once at start-up).
 */
final class SingleHandlerLookup implements BeanFactoryPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(SingleHandlerLookup.class);

    static final String CHAIN = "springSecurityFilterChain";
    static final String WRAPPER = "org.springframework.security.config.annotation.web.configuration."
            + "WebMvcSecurityConfiguration$CompositeFilterChainProxy";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory instanceof BeanDefinitionRegistry registry) || !registry.containsBeanDefinition(CHAIN)) {
            return;
        }
        BeanDefinition wrapper = registry.getBeanDefinition(CHAIN);
        if (!WRAPPER.equals(wrapper.getBeanClassName())) {
            return;
        }
        ConstructorArgumentValues.ValueHolder filters =
                wrapper.getConstructorArgumentValues().getIndexedArgumentValue(0, null);
        if (filters != null && filters.getValue() instanceof List<?> list && list.size() == 2
                && list.get(1) instanceof BeanDefinition chain) {
            registry.removeBeanDefinition(CHAIN);
            registry.registerBeanDefinition(CHAIN, chain);
        } else {
            log.info("Spring Security's handler-lookup filter stays in place: its wrapper is not the one expected");
        }
    }
}
