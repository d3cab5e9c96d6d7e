package org.commitmenttracker.extraction;

import java.util.Set;

/**
 * Capitalised words that are not people's names: titles, offices, institutions, days, months and the words that
 * start sentences, so that "Minister" or "Friday" is never taken for a person.
 */
final class Titles {

    private static final Set<String> WORDS = Set.of("Minister", "Ministers", "Ministry", "Ministries", "Deputy",
            "Vice", "Secretary", "Secretaries", "Additional", "Joint", "Under", "Prime", "President", "Presidents",
            "Chairman", "Chairperson", "Chair", "Speaker", "Ambassador", "Ambassadors", "Envoy", "Consul", "General",
            "Foreign", "External", "Affairs", "Defence", "Defense", "National", "Assembly", "Parliament",
            "Parliamentary", "Government", "Governments", "Department", "Office", "Embassy", "Council", "Committee",
            "Commission", "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Madam", "Excellency", "His", "Her", "Their", "Our",
            "Minister's", "Senior", "High", "Commissioner", "Director", "Head", "Chief", "Officer", "Representative",
            "Representatives", "Rep", "Dy", "Sabha", "House", "Senate", "Cabinet", "State", "States", "Union",
            "International", "Organizations", "Organisations", "Global", "Multilateral", "Bilateral", "Security",
            "Policy", "Dialogue", "Consultation", "Meeting", "Summit", "Forum", "The", "This", "That", "These",
            "Those", "In", "On", "At", "By", "For", "With", "And", "But", "Meanwhile", "However", "Also", "Both", "It",
            "They", "We", "He", "She", "Last", "Earlier", "Later", "Following", "During", "After", "Before", "While",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Key", "Points", "Published", "Share", "Read", "Comments", "Republic", "Undersecretary", "Under-Secretary",
            "Assistant", "Special", "Permanent", "Resident", "Counsellor", "Counselor", "Spokesperson", "Spokesman",
            "Spokeswoman", "Coordinator", "Chancellor", "Premier", "Governor", "Mayor", "Senator", "Delegation",
            "Relations", "Strategic", "Ministerial", "First", "Second", "Third", "Fourth", "Fifth", "Sixth",
            "Seventh", "Eighth", "Ninth", "Tenth", "Outcome", "Statement", "Press", "Release");

    private Titles() {
    }

    static boolean isTitle(String word) {
        return WORDS.contains(word);
    }
}
