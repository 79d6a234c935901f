package app.kith.demo;

import java.util.List;

/**
 * The working lives the demo draws from: made-up companies, real-sounding roles, cities, topics and
 * notes. Company domains sit under the reserved {@code .example} top-level domain, so no demo
 * address can ever reach a real mailbox.
 */
final class Words {

    record Company(String name, String domain) {
    }

    static final List<Company> COMPANIES = List.of(
            new Company("Northwind Analytics", "northwind-analytics.example"), new Company("Bluefin Labs", "bluefinlabs.example"),
            new Company("Copperleaf Health", "copperleaf.example"), new Company("Ardent Robotics", "ardentrobotics.example"),
            new Company("Lumen & Vale", "lumenvale.example"), new Company("Quillstone", "quillstone.example"),
            new Company("Harbor Street Capital", "harborstreet.example"), new Company("Saltmarsh Studio", "saltmarsh.example"),
            new Company("Tessellate", "tessellate.example"), new Company("Kestrel Logistics", "kestrel-logistics.example"),
            new Company("Orchard Bank", "orchardbank.example"), new Company("Meridian Foods", "meridianfoods.example"),
            new Company("Pinecone Learning", "pineconelearning.example"), new Company("Brightwater Energy", "brightwater.example"),
            new Company("Fathom Data", "fathomdata.example"), new Company("Cobalt Mobility", "cobaltmobility.example"),
            new Company("Sundial Media", "sundialmedia.example"), new Company("Greyhaven Security", "greyhaven.example"),
            new Company("Atlas & Finch", "atlasfinch.example"), new Company("Riverbend Hospital", "riverbend-hospital.example"),
            new Company("Nimbus Cloudworks", "nimbuscloud.example"), new Company("Verdant Ag", "verdant.example"),
            new Company("Polaris Payments", "polarispay.example"), new Company("Mosaic Design", "mosaicdesign.example"),
            new Company("Foxglove Bio", "foxglovebio.example"), new Company("Ironclad Build", "ironcladbuild.example"),
            new Company("Wren Publishing", "wrenpublishing.example"), new Company("Cardinal Consulting", "cardinal-consulting.example"),
            new Company("Tidewater University", "tidewater.example"), new Company("Open Commons Foundation", "opencommons.example"),
            new Company("Halcyon Games", "halcyongames.example"), new Company("Emberline", "emberline.example"),
            new Company("Silverpine Insurance", "silverpine.example"), new Company("Stratus Aerospace", "stratus-aero.example"),
            new Company("Juniper Legal", "juniperlegal.example"), new Company("Beacon Retail", "beaconretail.example"),
            new Company("Marlow Architects", "marlowarchitects.example"), new Company("Quantum Leaf", "quantumleaf.example"),
            new Company("Redwood Climate", "redwoodclimate.example"), new Company("Parallax Pictures", "parallaxpictures.example"),
            new Company("Gridline Telecom", "gridline.example"), new Company("Sparrow Health", "sparrowhealth.example"),
            new Company("Keystone Ventures", "keystone.example"), new Company("Lattice Semiconductors", "latticesemi.example"),
            new Company("Bramble Coffee", "bramblecoffee.example"), new Company("Driftwood Travel", "driftwoodtravel.example"),
            new Company("Helix Genomics", "helixgenomics.example"), new Company("Ledgerly", "ledgerly.example"),
            new Company("Oakridge Schools", "oakridge.example"), new Company("Vantage Point Research", "vantagepoint.example"));

    static final List<String> ROLES = List.of("Software Engineer", "Senior Software Engineer", "Staff Engineer",
            "Engineering Manager", "VP Engineering", "CTO", "CEO", "Co-founder", "Founder", "Product Manager",
            "Head of Product", "Product Designer", "UX Researcher", "Data Scientist", "Data Engineer",
            "Machine Learning Engineer", "Analyst", "Marketing Lead", "Head of Growth", "Sales Director",
            "Account Executive", "Customer Success Manager", "Recruiter", "Head of People", "Partner", "Investor",
            "Professor", "Researcher", "Journalist", "Editor", "Consultant", "Lawyer", "Doctor", "Operations Manager",
            "Finance Director", "Community Manager", "Developer Advocate", "Architect", "Teacher", "Freelancer");

    static final List<String> CITIES = List.of("London", "Manchester", "Edinburgh", "Dublin", "Paris", "Lyon", "Berlin",
            "Munich", "Hamburg", "Zurich", "Vienna", "Amsterdam", "Brussels", "Copenhagen", "Stockholm", "Oslo",
            "Helsinki", "Warsaw", "Madrid", "Barcelona", "Lisbon", "Milan", "Rome", "Istanbul", "Dubai", "Cairo",
            "Lagos", "Nairobi", "Accra", "Cape Town", "Mumbai", "Bangalore", "Delhi", "Singapore", "Hong Kong",
            "Shanghai", "Beijing", "Tokyo", "Osaka", "Seoul", "Ho Chi Minh City", "Sydney", "Melbourne", "Auckland",
            "New York", "Boston", "San Francisco", "Seattle", "Austin", "Chicago", "Toronto", "Montreal",
            "Mexico City", "Bogotá", "São Paulo", "Buenos Aires");

    static final List<String> TOPICS = List.of("data engineering", "fundraising", "UX research", "machine learning",
            "climate tech", "product management", "hiring", "open source", "distributed systems", "developer tools",
            "growth marketing", "B2B sales", "public policy", "healthcare", "fintech", "education", "design systems",
            "security", "leadership", "remote work", "venture capital", "biotech", "robotics", "writing", "podcasting",
            "community building", "accessibility", "mobile apps", "supply chain", "real estate", "nonprofits",
            "photography", "running", "chess", "cooking", "jazz", "parenting", "languages", "board games", "cycling");

    static final List<String> EVENTS = List.of("a data meetup", "a climate tech summit", "a product conference",
            "a friend's wedding", "a hackathon", "a startup weekend", "a design workshop", "a board game night",
            "the alumni dinner", "a fundraising dinner", "an open source sprint", "a running club", "a book club");

    static final List<String> HOW_WE_MET = List.of("Met at %s in %d.", "Introduced by a friend at %s.",
            "Worked together at %s.", "Sat next to each other at %s in %d.", "Classmates; reconnected at %s.",
            "They reached out after a talk at %s.", "Neighbours for a few years; met at %s.");

    static final List<String> PERSON_NOTES = List.of("Prefers calls in the morning.",
            "Has two kids; ask about the climbing trip.", "Training for a marathon.",
            "Moving to a new city next year.", "Writes a newsletter worth reading.",
            "Happy to review pitch decks.", "Good person to ask about hiring engineers.",
            "Just started a new role; check in on how it is going.", "Loves **specialty coffee**.",
            "Mentors first-time founders.", "Knows everyone in the local design scene.",
            "Vegetarian; suggest the Lebanese place.");

    static final List<String> TOUCH_NOTES = List.of("Caught up about %s.", "Sent an article on %s.",
            "Talked about %s over lunch.", "Asked for advice on %s.", "Shared notes from a talk on %s.",
            "Quick check-in.", "Congratulated them on the new role.", "Thanked them for the introduction.",
            "Birthday wishes.", "Planned to meet next month.", "They asked about an intro.", "Swapped book recommendations.");

    private Words() {
    }
}
