package org.commitmenttracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import jakarta.inject.Inject;

import org.commitmenttracker.TrackerHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A first start with no user configured makes an admin whose random password only the file under data/ holds. */
@QuarkusTest
class InitialAdminTest {

    @Inject
    InitialAdmin initialAdmin;
    @Inject
    AppUserRepository users;
    @Inject
    TrackerHome home;

    Path passwordFile() {
        return home.resolve("data/initial-admin-password");
    }

    @AfterEach
    void removeTheAdmin() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> users.deleteById(InitialAdmin.NAME));
        Files.deleteIfExists(passwordFile());
    }

    @Test
    void createsAnAdminWithEveryRoleWhosePasswordIsInAnOwnerOnlyFile() throws Exception {
        QuarkusTransaction.requiringNew().run(initialAdmin::ensure);

        String password = Files.readString(passwordFile()).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z0-9_-]+");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile())))
                .isEqualTo("rw-------");
        given().auth().preemptive().basic(InitialAdmin.NAME, password).get("/api/rules").then().statusCode(200);
        given().auth().preemptive().basic(InitialAdmin.NAME, password).contentType("application/json")
                .body("{\"asOf\": \"2022-01-08\"}").post("/api/evaluations?dryRun=true").then().statusCode(200);
        given().auth().preemptive().basic(InitialAdmin.NAME, password + "x").get("/api/rules").then()
                .statusCode(401);
    }

    @Test
    void aLaterStartKeepsTheAdminAndItsPassword() throws Exception {
        QuarkusTransaction.requiringNew().run(initialAdmin::ensure);
        String first = Files.readString(passwordFile());
        String hash = users.findById(InitialAdmin.NAME).password;

        QuarkusTransaction.requiringNew().run(initialAdmin::ensure);

        assertThat(Files.readString(passwordFile())).isEqualTo(first);
        assertThat(users.findById(InitialAdmin.NAME).password).isEqualTo(hash);
    }
}
