package org.commitmenttracker.rules;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The active rules version lives in the database: a version another instance activated is served here too, compiled
 * from its stored texts, and this instance's own reloads are recorded for the others and never undone by its follower.
 */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.RULES_ADMIN})
class RulesFollowerTest {

    @Inject
    ActiveRules rules;

    @Inject
    RulesFollower follower;

    @Inject
    RulesActivationRepository activations;

    @Inject
    StoredRulesVersionRepository versions;

    @AfterEach
    void serveTheFolderAgain() {
        given().post("/api/rules/reload").then().statusCode(200);
    }

    @Test
    void aVersionActivatedByAnotherInstanceIsServedFromItsStoredTexts() {
        String mine = rules.current().version();
        List<RuleFile> edited = withDueSoonWindow(rules.current().files(), "P45D");
        String theirs = RuleBaseLoader.version(edited);
        activatedElsewhere(theirs, edited);

        follower.followLatestActivation();

        assertThat(rules.current().version()).isEqualTo(theirs).isNotEqualTo(mine);
        assertThat(rules.current().parameters().getDueSoonWindow()).hasToString("P45D");
        given().get("/api/rules").then().body("version", equalTo(theirs))
                .body("loadedBy", equalTo("admin on instance-b"));
    }

    @Test
    void aReloadHereIsRecordedAndNotUndoneByTheFollower() {
        List<RuleFile> edited = withDueSoonWindow(rules.current().files(), "P20D");
        activatedElsewhere(RuleBaseLoader.version(edited), edited);
        follower.followLatestActivation();

        String reloaded = given().post("/api/rules/reload").then().statusCode(200).extract().path("version");
        follower.followLatestActivation();

        assertThat(rules.current().version()).isEqualTo(reloaded);
        RulesActivation latest = QuarkusTransaction.requiringNew().call(() -> activations.latest().orElseThrow());
        assertThat(latest.version).isEqualTo(reloaded);
        assertThat(latest.activatedBy).isEqualTo(TestData.USER);
    }

    @Test
    void aVersionThatDoesNotCompileHereLeavesTheServedOneInPlace() {
        String mine = rules.current().version();
        List<RuleFile> broken = new ArrayList<>(rules.current().files());
        broken.add(new RuleFile("status/broken.drl", RuleResourceTest.BROKEN));
        activatedElsewhere(RuleBaseLoader.version(broken.stream()
                .sorted(java.util.Comparator.comparing(RuleFile::path)).toList()), broken);

        follower.followLatestActivation();

        assertThat(rules.current().version()).isEqualTo(mine);
    }

    private static List<RuleFile> withDueSoonWindow(List<RuleFile> files, String window) {
        return files.stream().map(f -> f.path().equals(RuleBaseLoader.PARAMETERS_FILE)
                ? new RuleFile(f.path(), f.content().replaceFirst("dueSoonWindow: *\\S+", "dueSoonWindow: " + window))
                : f).toList();
    }

    /** What another instance's reload leaves in the database: the version's texts and an activation. */
    private void activatedElsewhere(String version, List<RuleFile> files) {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredRulesVersion stored = new StoredRulesVersion();
            stored.version = version;
            stored.firstLoadedAt = Instant.now();
            stored.firstLoadedBy = "admin";
            files.forEach(f -> stored.files.add(new StoredRulesVersion.StoredFile(f)));
            versions.persist(stored);
            RulesActivation activation = new RulesActivation();
            activation.version = version;
            activation.activatedAt = Instant.now();
            activation.activatedBy = "admin";
            activation.instance = "instance-b";
            activations.persist(activation);
        });
    }
}
