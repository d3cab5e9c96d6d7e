package org.commitmenttracker.http;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the problem+json answers every API operation can give: 400 (and 414 for an overlong address) for a
 * request with parameters or a body,
 * 401 without a signed-in user and 403 without the role (every operation needs one), 429 after too many failed
 * sign-ins, 404 for a path naming a
 * record, 500 everywhere. Saves repeating the same annotations on every method. Runs when the application is built,
 * so that the document is ready at start rather than filtered while the service starts.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                APIResponses responses = operation.getValue().getResponses();
                boolean hasInput = operation.getValue().getRequestBody() != null
                        || (operation.getValue().getParameters() != null && !operation.getValue().getParameters().isEmpty());
                if (hasInput) {
                    add(responses, "400", "Invalid request: each bad field is named in errors");
                    add(responses, "414", "Address longer than tracker.max-uri-length (8,192 characters)");
                }
                // Quarkus documents 401 and 403 for secured operations without a body; ours carry a problem
                put(responses, "401", "Not signed in");
                put(responses, "403", "Signed in without a role this operation needs");
                add(responses, "429", "Too many failed sign-ins for this user name or from this address: try again "
                        + "after Retry-After seconds");
                if (path.getKey().contains("{")) {
                    add(responses, "404", "No such record");
                }
                add(responses, "500", "Unexpected failure (logged)");
            }
        }
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            put(responses, code, description);
        }
    }

    private static void put(APIResponses responses, String code, String description) {
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(content));
    }
}
