package id.sipetruk.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public REST API (/engine-rest) answers only to a Camunda user: HTTP Basic against Camunda's identity
 * service, 401 without it. (Tasklist and Cockpit share the login of {@link WebSecurityConfiguration}.)
 */
@Configuration
public class RestAuthenticationConfiguration {

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("sipetruk-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        // before the filter that rewrites validation failures, so an unauthenticated call never reaches the engine
        registration.setOrder(0);
        return registration;
    }

    /** Refuses task queries that carry an expression, on the REST API and on the webapps' own engine API. */
    @Bean
    public FilterRegistrationBean<TaskQueryExpressionGuard> taskQueryExpressionGuard() {
        FilterRegistrationBean<TaskQueryExpressionGuard> registration =
                new FilterRegistrationBean<>(new TaskQueryExpressionGuard());
        registration.setName("sipetruk-task-query-expression-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(1); // after authentication: an anonymous caller gets 401 first
        return registration;
    }
}
