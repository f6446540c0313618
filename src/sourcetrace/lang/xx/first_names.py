"""Common given names across the languages of European news, as plain data.

Used by the rule tagger (languages without a model: a capitalised word after a known given
name starts a person's name, "Ulla Schmidt") and shared by every language pack, because a
German article names Turkish, Arabic, French and English people too. Only names that are
rarely ordinary capitalised words are listed ("Rose", "Mark", "Frank" are kept: a following
capitalised surname is still needed before anything becomes a person).
"""

GERMAN = (
    "Achim", "Adolf", "Albert", "Alexandra", "Alfred", "Andrea", "Anja", "Anke", "Annette",
    "Antje", "Arnold", "Astrid", "Axel", "Bärbel", "Beate", "Benedikt", "Bernhard", "Bettina",
    "Birgit", "Björn", "Brigitte", "Bruno", "Burkhard", "Carsten", "Cornelia", "Detlef",
    "Dietmar", "Dietrich", "Doris", "Dorothea", "Edmund", "Egon", "Elke", "Erika", "Erwin",
    "Ferdinand", "Franziska", "Gabriele", "Georg", "Gerd", "Gerda", "Gert", "Gisela", "Gottfried",
    "Guido", "Gunter", "Gustav", "Hannes", "Harald", "Hartmut", "Hedwig", "Heike", "Heinz-Peter",
    "Helga", "Helmut", "Henning", "Herbert", "Hermann", "Hildegard", "Holger", "Hubert",
    "Ilse", "Ingo", "Irene", "Jochen", "Joschka", "Julian", "Jutta", "Kai", "Karl-Heinz",
    "Karsten", "Kerstin", "Konrad", "Kristina", "Leonie", "Lutz", "Magdalena", "Maik", "Maja",
    "Malte", "Marcel", "Mareike", "Margarete", "Margot", "Marianne", "Marion", "Marlene",
    "Mathias", "Melanie", "Michaela", "Mirko", "Nils", "Nina", "Olga", "Oliver", "Oskar",
    "Patrick", "Pia", "Reinhard", "Reinhold", "Renate", "Rita", "Rolf", "Rüdiger", "Silke",
    "Silvia", "Sonja", "Stefanie", "Swen", "Tanja", "Theo", "Theodor", "Til", "Till", "Torsten",
    "Udo", "Ulla", "Ulf", "Ute", "Veronika", "Viktor", "Waltraud", "Wilfried", "Wilhelm",
    "Willi", "Willy", "Winfried", "Wolf", "Wolfram", "Yvonne", "Jürgen", "Günter", "Hans-Jürgen",
    "Karl-Theodor", "Frank-Walter", "Hans-Georg", "Ursula", "Annegret", "Christiane",
    "Gesine", "Heidi", "Ingeborg", "Marieluise", "Renate", "Sigrid", "Katja", "Svenja",
)

TURKISH_ARABIC_PERSIAN = (
    "Abdel", "Abdul", "Abdullah", "Abdulla", "Ahmad", "Ahmet", "Aisha", "Ali", "Amir", "Amr",
    "Ayman", "Aylin", "Ayse", "Ayşe", "Bashar", "Baschar", "Bülent", "Burak", "Can", "Cem",
    "Deniz", "Ebru", "Emine", "Emre", "Erdogan", "Fatima", "Fatma", "Hakan", "Hamid", "Hassan",
    "Hasan", "Hussein", "Hüseyin", "Ibrahim", "İbrahim", "Ismail", "Kemal", "Khaled", "Khalid",
    "Leyla", "Mahmoud", "Mahmud", "Mehmet", "Mesut", "Mohammad", "Muhammad", "Mustafa",
    "Nasser", "Nuri", "Omar", "Osman", "Özlem", "Rashid", "Recep", "Saddam", "Said", "Saleh",
    "Salim", "Selim", "Serkan", "Sinan", "Tarek", "Tariq", "Yasser", "Yusuf", "Zeynep", "Yasin",
    "Hamad", "Faisal", "Nabil", "Walid", "Youssef", "Yousef", "Mahmut", "Murat", "Ercan",
)

FRENCH = (
    "Alain", "Amélie", "André", "Antoine", "Bernard", "Bruno", "Catherine", "Christophe",
    "Claude", "Delphine", "Didier", "Dominique", "Édouard", "Émile", "Emmanuel", "Éric",
    "Fabien", "Florence", "François", "Françoise", "Gérard", "Gilles", "Guillaume", "Hélène",
    "Henri", "Hervé", "Isabelle", "Jacques", "Jean", "Jean-Claude", "Jean-Luc", "Jean-Marie",
    "Jean-Pierre", "Jérôme", "Laurent", "Lionel", "Louis", "Marcel", "Marine", "Mathieu",
    "Michel", "Nathalie", "Nicolas", "Olivier", "Pascal", "Patrice", "Philippe", "Pierre",
    "Rémi", "Sébastien", "Ségolène", "Serge", "Stéphane", "Sylvie", "Thierry", "Valérie",
    "Vincent", "Xavier", "Yves", "Zinedine", "Arnaud", "Benoît", "Cédric", "Fabrice",
    "Frédéric", "Gaston", "Jacqueline", "Lucien", "Manon", "Raymond", "Yannick",
)

ENGLISH = (
    "Adam", "Alan", "Andrew", "Andy", "Anthony", "Barry", "Ben", "Bob", "Brian", "Bruce",
    "Carl", "Charles", "Chris", "Christopher", "Colin", "Craig", "Dan", "Darren", "Dave",
    "Dennis", "Derek", "Diana", "Donald", "Douglas", "Edward", "Elizabeth", "Emma", "Eric",
    "Gary", "Geoffrey", "Gordon", "Graham", "Greg", "Harry", "Helen", "Henry", "Hillary",
    "Ian", "Jack", "James", "Jane", "Jason", "Jeff", "Jennifer", "Jeremy", "Jim", "Jimmy",
    "Joe", "John", "Jonathan", "Joseph", "Kate", "Keith", "Kenneth", "Kevin", "Larry",
    "Lee", "Margaret", "Mark", "Martin", "Mary", "Matthew", "Michael", "Mike", "Neil", "Nick",
    "Nigel", "Patrick", "Paul", "Peter", "Philip", "Richard", "Robert", "Robin", "Roger",
    "Ronald", "Sarah", "Scott", "Simon", "Stephen", "Steve", "Steven", "Stuart", "Susan",
    "Terry", "Thomas", "Tim", "Tom", "Tony", "William", "Bill", "Boris", "Theresa", "Keir",
    "Rishi", "Liz", "Kamala", "Barack", "George", "Ronald", "Vladimir", "Sergei", "Sergej",
    "Dmitri", "Dmitry", "Alexei", "Alexej", "Mikhail", "Michail", "Wladimir", "Wolodymyr",
    "Volodymyr", "Igor", "Ivan", "Juri", "Yuri", "Olena", "Julia", "Yulia", "Xi", "Li",
)

SOUTHERN_EASTERN = (
    "Alberto", "Alejandro", "Alfonso", "Andrés", "Antonio", "Carlos", "Carmen", "Cristina",
    "Diego", "Eduardo", "Enrique", "Esteban", "Felipe", "Fernando", "Francisco", "Gonzalo",
    "Guillermo", "Ignacio", "Javier", "Jesús", "Joaquín", "Jorge", "José", "Juan", "Luis",
    "Manuel", "Mariano", "Miguel", "Pablo", "Pedro", "Rafael", "Ramón", "Ricardo", "Santiago",
    "Sergio", "Teresa", "Vicente", "Giorgio", "Giovanni", "Giuseppe", "Luca", "Luigi", "Marco",
    "Mario", "Massimo", "Matteo", "Paolo", "Roberto", "Silvio", "Giorgia", "Sergio", "Lech",
    "Donald", "Jarosław", "Andrzej", "Tomasz", "Krzysztof", "Marek", "Piotr", "Viktor",
    "Václav", "Milos", "Zoran", "Slobodan", "Dragan", "Goran", "Nikos", "Alexis", "Kyriakos",
)

FIRST_NAMES: tuple[str, ...] = tuple(
    dict.fromkeys((*GERMAN, *TURKISH_ARABIC_PERSIAN, *FRENCH, *ENGLISH, *SOUTHERN_EASTERN))
)
