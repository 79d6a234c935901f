package app.kith.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * First and last names from several cultures, written for the demo (no external list), so a big
 * network reads like a real one: a person's first and last name come from the same culture.
 */
final class Names {

    record Culture(List<String> first, List<String> last, List<String> phonePrefixes) {
    }

    static final List<Culture> CULTURES = List.of(
            new Culture(List.of("James", "Emma", "Oliver", "Sophie", "Jack", "Charlotte", "Harry", "Amelia", "George",
                    "Grace", "Thomas", "Lucy", "William", "Hannah", "Daniel", "Chloe", "Samuel", "Ella", "Matthew", "Ruby",
                    "Benjamin", "Megan", "Ryan", "Abigail", "Nathan", "Olivia", "Michael", "Emily", "David", "Sarah"),
                    List.of("Smith", "Johnson", "Williams", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas",
                            "Roberts", "Walker", "Wright", "Thompson", "Hughes", "Edwards", "Green", "Hall", "Wood",
                            "Clarke", "Harris", "Morgan", "Cooper", "Turner", "Parker", "Bennett", "Mitchell", "Carter",
                            "Foster", "Hayes", "Reed"),
                    List.of("+44 20", "+44 161", "+1 415", "+1 212", "+1 617", "+61 2")),
            new Culture(List.of("Camille", "Louis", "Manon", "Hugo", "Chloé", "Lucas", "Léa", "Arthur", "Inès", "Jules",
                    "Juliette", "Théo", "Élise", "Mathis", "Margaux", "Antoine", "Clémence", "Nicolas", "Sophie", "Julien",
                    "Amandine", "Baptiste", "Océane", "Maxime", "Pauline"),
                    List.of("Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Simon", "Michel",
                            "Garnier", "Rousseau", "Fournier", "Girard", "Bonnet", "Lambert", "Fontaine", "Chevalier",
                            "Mercier", "Faure", "Blanchard", "Leroy", "Gauthier", "Perrin", "Morel", "Roux"),
                    List.of("+33 1", "+33 6", "+33 4", "+32 2")),
            new Culture(List.of("Lukas", "Anna", "Felix", "Lena", "Jonas", "Marie", "Maximilian", "Sophia", "Leon", "Hanna",
                    "Paul", "Johanna", "Moritz", "Clara", "Niklas", "Katharina", "Tobias", "Lea", "Jan", "Miriam",
                    "Florian", "Svenja", "Matthias", "Franziska", "Stefan"),
                    List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
                            "Schulz", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun",
                            "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler"),
                    List.of("+49 30", "+49 89", "+49 40", "+41 44", "+43 1")),
            new Culture(List.of("Sofía", "Mateo", "Lucía", "Santiago", "Valentina", "Diego", "Camila", "Javier", "Martina",
                    "Alejandro", "Isabella", "Pablo", "Elena", "Andrés", "Carmen", "Gabriel", "Paula", "Tomás", "Daniela",
                    "Miguel", "Ximena", "Joaquín", "Renata", "Emilio", "Adriana"),
                    List.of("García", "Rodríguez", "Martínez", "López", "González", "Hernández", "Pérez", "Sánchez",
                            "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Morales", "Ortiz", "Castillo",
                            "Romero", "Vargas", "Ruiz", "Navarro", "Mendoza", "Guerrero", "Medina", "Herrera"),
                    List.of("+34 91", "+34 93", "+52 55", "+54 11", "+57 1")),
            new Culture(List.of("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Matteo", "Martina",
                    "Lorenzo", "Alessia", "Davide", "Elisa", "Federico", "Valentina", "Riccardo", "Giorgia", "Simone",
                    "Beatrice", "Andrea"),
                    List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
                            "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
                            "Lombardi", "Moretti"),
                    List.of("+39 02", "+39 06", "+39 011")),
            new Culture(List.of("Aarav", "Priya", "Vivaan", "Ananya", "Arjun", "Diya", "Rohan", "Isha", "Karan", "Kavya",
                    "Vikram", "Meera", "Aditya", "Neha", "Rahul", "Pooja", "Siddharth", "Shreya", "Nikhil", "Divya",
                    "Sanjay", "Lakshmi", "Varun", "Anjali", "Amit"),
                    List.of("Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Singh", "Nair", "Menon", "Rao", "Kumar", "Mehta",
                            "Joshi", "Desai", "Kapoor", "Chatterjee", "Banerjee", "Pillai", "Agarwal", "Malhotra", "Verma",
                            "Bhat", "Kulkarni", "Mishra", "Shah", "Krishnan"),
                    List.of("+91 22", "+91 80", "+91 11", "+91 44")),
            new Culture(List.of("Wei", "Li Na", "Jun", "Mei", "Hao", "Xin", "Yang", "Jing", "Lei", "Yan", "Chen", "Ling",
                    "Tao", "Hui", "Bo", "Fang", "Qiang", "Xiu", "Ming", "Ying"),
                    List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
                            "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao"),
                    List.of("+86 10", "+86 21", "+852 2", "+65 6")),
            new Culture(List.of("Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Yuto", "Sakura", "Kaito", "Mei", "Takumi",
                    "Yuna", "Daiki", "Rin", "Kenji", "Emi", "Hiroshi", "Naoko", "Shota", "Ayaka"),
                    List.of("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
                            "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue",
                            "Kimura", "Hayashi", "Shimizu", "Mori"),
                    List.of("+81 3", "+81 6")),
            new Culture(List.of("Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Ji-woo", "Joon", "Soo-ah", "Hyun-woo",
                    "Ye-jin", "Tae-yang", "Eun-ji", "Sung-min", "Da-eun", "Jae-won"),
                    List.of("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo",
                            "Shin", "Kwon"),
                    List.of("+82 2")),
            new Culture(List.of("Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde", "Chiamaka",
                    "Babajide", "Amara", "Ifeanyi", "Yetunde", "Obinna", "Folake", "Kelechi", "Zainab", "Segun", "Nneka",
                    "Kwame", "Ama"),
                    List.of("Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Adebayo", "Nwosu", "Ogunleye", "Obi",
                            "Afolabi", "Chukwu", "Oyelaran", "Mensah", "Asante", "Boateng", "Owusu", "Nwachukwu",
                            "Ibrahim", "Bello", "Danjuma"),
                    List.of("+234 1", "+234 80", "+233 30", "+254 20")),
            new Culture(List.of("Omar", "Layla", "Youssef", "Fatima", "Karim", "Nour", "Hassan", "Amira", "Tariq", "Salma",
                    "Khalid", "Yasmin", "Rami", "Dina", "Samir", "Hana", "Ziad", "Rania", "Malik", "Leila"),
                    List.of("Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Hamdan", "Farouk", "Aziz", "Darwish",
                            "Haddadin", "Karam", "Awad", "Sabbagh", "Shami", "Barakat", "Qasim", "Najjar", "Jaber",
                            "Hakim", "Rahman"),
                    List.of("+971 4", "+961 1", "+962 6", "+20 2")),
            new Culture(List.of("Jakub", "Zuzanna", "Piotr", "Aleksandra", "Kacper", "Natalia", "Michał", "Magdalena",
                    "Tomasz", "Agnieszka", "Paweł", "Katarzyna", "Marcin", "Joanna", "Krzysztof"),
                    List.of("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
                            "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
                            "Krawczyk"),
                    List.of("+48 22", "+48 12")),
            new Culture(List.of("Erik", "Astrid", "Lars", "Ingrid", "Nils", "Freja", "Anders", "Sigrid", "Magnus", "Linnea",
                    "Johan", "Elin", "Henrik", "Maja", "Oskar", "Saga", "Mikael", "Karin"),
                    List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsen", "Hansen",
                            "Lindqvist", "Berg", "Lund", "Holm", "Dahl", "Nyström", "Virtanen", "Korhonen", "Jensen",
                            "Sørensen"),
                    List.of("+46 8", "+47 22", "+45 33", "+358 9")),
            new Culture(List.of("João", "Ana", "Pedro", "Beatriz", "Rafael", "Mariana", "Gustavo", "Larissa", "Felipe",
                    "Juliana", "Bruno", "Fernanda", "Thiago", "Carolina", "Rodrigo", "Letícia", "Vinícius", "Gabriela"),
                    List.of("Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Almeida", "Costa",
                            "Carvalho", "Gomes", "Ribeiro", "Martins", "Rocha", "Barbosa", "Araújo", "Cardoso", "Teixeira"),
                    List.of("+55 11", "+55 21", "+351 21")),
            new Culture(List.of("Minh", "Linh", "Tuan", "Thao", "Duc", "Huong", "Quang", "Mai", "Khanh", "Trang", "Bao",
                    "Ngoc", "Hieu", "Phuong"),
                    List.of("Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ho", "Ngo",
                            "Duong", "Ly"),
                    List.of("+84 24", "+84 28")),
            new Culture(List.of("Emre", "Elif", "Mehmet", "Zeynep", "Burak", "Ayşe", "Can", "Deniz", "Serkan", "Selin",
                    "Murat", "Ece", "Onur", "Merve"),
                    List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan",
                            "Kılıç", "Aslan", "Koç", "Kurt"),
                    List.of("+90 212", "+90 312")));

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z-]+");

    private Names() {
    }

    static Culture culture(SplittableRandom random) {
        return CULTURES.get(random.nextInt(CULTURES.size()));
    }

    static String pick(List<String> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    /** "Zoë Müller-Łącka" → "zoe.muller-lacka": what an address or a profile URL is made of. */
    static String ascii(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o").replace("ß", "ss");
        return NOT_LETTER.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
