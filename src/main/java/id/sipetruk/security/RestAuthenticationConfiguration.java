package id.sipetruk.security;

import id.sipetruk.account.AccountStates;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
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

    /** Failed HTTP Basic logins are throttled like the login page's; before Camunda checks the password. */
    @Bean
    public FilterRegistrationBean<RestLoginThrottleFilter> restLoginThrottle(LoginThrottle throttle) {
        FilterRegistrationBean<RestLoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new RestLoginThrottleFilter(throttle));
        registration.setName("sipetruk-rest-login-throttle");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(-1);
        return registration;
    }

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

    /** A deactivated account, or one that must first change its one-time password, goes no further. */
    @Bean
    public FilterRegistrationBean<RestAccountFilter> restAccountFilter(IdentityService identity,
                                                                       AccountStates accounts) {
        FilterRegistrationBean<RestAccountFilter> registration =
                new FilterRegistrationBean<>(new RestAccountFilter(identity, accounts));
        registration.setName("sipetruk-rest-account");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(1); // right after authentication
        return registration;
    }

    /**
     * What a person may send to the engine's API (body size, form fields only, no task hand-over), on the REST API
     * and on the webapps' own engine API; after authentication, so that it knows who asks.
     */
    @Bean
    public FilterRegistrationBean<EngineRequestGuard> engineRequestGuard(IdentityService identity, TaskService tasks,
                                                                         SubmittedVariables variables) {
        FilterRegistrationBean<EngineRequestGuard> registration =
                new FilterRegistrationBean<>(new EngineRequestGuard(identity, tasks, variables));
        registration.setName("sipetruk-engine-request-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(2);
        return registration;
    }

    /** Refuses task queries that carry an expression, on the REST API and on the webapps' own engine API. */
    @Bean
    public FilterRegistrationBean<TaskQueryExpressionGuard> taskQueryExpressionGuard() {
        FilterRegistrationBean<TaskQueryExpressionGuard> registration =
                new FilterRegistrationBean<>(new TaskQueryExpressionGuard());
        registration.setName("sipetruk-task-query-expression-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(3); // after authentication (an anonymous caller gets 401 first) and the size cap
        return registration;
    }
}
