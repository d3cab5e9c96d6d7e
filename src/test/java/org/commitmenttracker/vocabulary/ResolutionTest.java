package org.commitmenttracker.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.vocabulary.ShippedVocabulary.conceptOf;
import static org.commitmenttracker.vocabulary.Vocabulary.EVENT_TYPES;
import static org.commitmenttracker.vocabulary.Vocabulary.PARTIES;
import static org.commitmenttracker.vocabulary.Vocabulary.TOPICS;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Words and codes people and datasets use resolve to one concept, whatever their case, spacing or punctuation. */
class ResolutionTest {

    @ParameterizedTest
    @CsvSource({"UN Security Council", "unsc", "UNSC", "U.N. Security  Council", "security-council",
            "Security_Council", "united nations security council"})
    void securityCouncilVariantsResolveToOneTopic(String term) {
        assertThat(conceptOf(TOPICS, term)).isEqualTo("security-council");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Republic of Korea|KOR", "ROK|KOR", "South Korea|KOR", "Korea, South|KOR",
            "KR|KOR", "kor|KOR", "DPRK|PRK", "India|IND", "IN|IND", "Bharat|IND", "United Nations|UN", "U.N.|UN",
            "UN Security Council|UNSC", "World Health Organisation|WHO", "G-20|G20", "Côte d'Ivoire|CIV",
            "Cote dIvoire|CIV", "United States of America|USA", "US|USA"})
    void partyNamesAndCodesResolve(String term, String party) {
        assertThat(conceptOf(PARTIES, term)).isEqualTo(party);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"talks|meeting", "Summit|summit", "phone call|call", "MoU|agreement",
            "signed a contract|contract", "defense|defence"})
    void everydayLabelsResolve(String term, String concept) {
        String scheme = concept.equals("defence") ? TOPICS : EVENT_TYPES;
        assertThat(conceptOf(scheme, term)).isEqualTo(concept);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"event-types|Foreign ministers' talks|meeting|phrase:talks",
            "event-types|Signed an MoU|agreement|phrase:mou", "event-types|meeting at the summit|summit|phrase:summit",
            "topics|UNSC reform|security-council|phrase:unsc",
            "topics|defence industry cooperation|defence-industry|phrase:defence industry"})
    void aPhraseHoldingTheLabelsOfOneConceptResolvesToIt(String scheme, String phrase, String concept, String how) {
        Resolution resolution = ShippedVocabulary.get().resolve(scheme, phrase);
        assertThat(resolution.concept().id()).isEqualTo(concept);
        assertThat(resolution.matchedBy()).isEqualTo(how);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"event-types|cancelled visit", "event-types|talks postponed",
            "event-types|planned summit", "topics|defence and trade", "event-types|talks and aid",
            "event-types|talks"})
    void aPhraseThatNamesTwoConceptsOrAnEventThatDidNotHappenIsNotReadAsOne(String scheme, String phrase) {
        Resolution resolution = ShippedVocabulary.get().resolve(scheme, phrase);
        assertThat(resolution.matchedBy()).as(phrase).isNotEqualTo("phrase:" + phrase.split(" ")[0]);
        if (phrase.contains(" ")) {
            assertThat(resolution.resolved()).as(phrase).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ministers and officials", "officials in talks", "talks with us",
            "ministers of the two sides", "delegations for the talks"})
    void functionWordsInAPhraseAreNotReadAsCountryCodes(String phrase) {
        assertThat(ShippedVocabulary.get().resolve(PARTIES, phrase).resolved()).as(phrase).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"04|consultation", "040|consultation", "042|visit", "043|visit",
            "0431|visit", "057|agreement", "07|aid", "073|humanitarian-aid", "190|armed-conflict", "1823|assault",
            "CONSULT|consultation", "AGREE|pledge", "SANCTION|reduced-relations", "aid|aid"})
    void cameoAndPloverCodesResolveToEventTypes(String code, String concept) {
        assertThat(conceptOf(EVENT_TYPES, code)).isEqualTo(concept);
    }

    @Test
    void everyCameoRootCodeAndPloverTypeMapsToAConcept() {
        Scheme types = ShippedVocabulary.get().scheme(EVENT_TYPES).orElseThrow();
        for (int root = 1; root <= 20; root++) {
            String code = String.format(Locale.ROOT, "%02d", root);
            assertThat(types.resolveCode("cameo", code)).as("CAMEO root %s", code).isPresent()
                    .get().extracting(Resolution::matchedBy).isEqualTo("code:cameo");
        }
        for (String type : new String[]{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}) {
            assertThat(types.resolveCode("plover", type)).as("PLOVER %s", type).isPresent();
        }
    }

    @Test
    void conflictCodesResolveButAreNeverEvidence() {
        assertThat(ShippedVocabulary.get().resolve(EVENT_TYPES, "14").concept().evidence()).isFalse();
        assertThat(ShippedVocabulary.get().resolve(EVENT_TYPES, "057").concept().evidence()).isTrue();
    }

    @Test
    void fipsCodesResolveOnlyWhenTheListIsNamed() {
        Scheme parties = ShippedVocabulary.get().scheme(PARTIES).orElseThrow();
        assertThat(parties.resolveCode("fips", "KS")).get().extracting(r -> r.concept().id()).isEqualTo("KOR");
        assertThat(parties.resolveCode("fips", "AU")).get().extracting(r -> r.concept().id()).isEqualTo("AUT");
        assertThat(conceptOf(PARTIES, "AU")).as("AU as a plain term is ISO alpha-2: Australia").isEqualTo("AUS");
    }

    @Test
    void everyJdkCountryIsAPartyWithItsAlpha2Code() {
        Scheme parties = ShippedVocabulary.get().scheme(PARTIES).orElseThrow();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            assertThat(parties.concept(country.getISO3Country())).as(alpha2).get()
                    .satisfies(c -> assertThat(c.mappings().get("iso-alpha2")).containsExactly(alpha2))
                    .satisfies(c -> assertThat(c.prefLabel()).isEqualTo(country.getDisplayCountry(Locale.ENGLISH)));
        }
    }

    @Test
    void unknownTermsGetTheClosestConceptsAsSuggestions() {
        Resolution typo = ShippedVocabulary.get().resolve(TOPICS, "securty-council");
        assertThat(typo.resolved()).isFalse();
        assertThat(typo.suggestions()).extracting(Concept::id).first().isEqualTo("security-council");
        assertThat(typo.describeUnknown()).contains("did you mean security-council");
        assertThat(ShippedVocabulary.get().resolve(PARTIES, "Korea").suggestions()).extracting(Concept::id)
                .contains("KOR", "PRK");
        assertThat(ShippedVocabulary.get().resolve(TOPICS, "zzqqxx").suggestions()).isEmpty();
    }

    @Test
    void broaderConceptsIncludeTheConceptAndItsAncestorsOnly() {
        Vocabulary v = ShippedVocabulary.get();
        assertThat(v.withBroader(TOPICS, "defence-industry")).contains("defence-industry", "defence", "security");
        assertThat(v.withBroader(TOPICS, "defence")).doesNotContain("defence-industry");
        assertThat(v.withBroader(EVENT_TYPES, "consultation")).containsExactlyInAnyOrder("consultation", "meeting");
        assertThat(v.withBroader(TOPICS, "uncontrolled-topic")).containsExactly("uncontrolled-topic");
    }
}
