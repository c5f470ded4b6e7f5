package org.concert.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of the OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI concertOpenApi() {
        return new OpenAPI()
                .components(new io.swagger.v3.oas.models.Components().addSecuritySchemes("basic",
                        new io.swagger.v3.oas.models.security.SecurityScheme().type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP)
                                .scheme("basic").description("Rule authoring needs the analyst role; evaluation is open by default.")))
                .info(new Info()
                .title("Concert")
                .version("0.1")
                .description("Conflict early warning from the propositions of Sauer (2022): cases of sourced, dated facts "
                        + "evaluated by rules as of a date, each warning with its justification tree. Errors are RFC 9457 "
                        + "problem details (application/problem+json)."));
    }
}
