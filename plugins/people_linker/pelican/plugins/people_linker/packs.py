"""What the linker knows about names in each language, one pack per language tag.

A pack lists given names (nominative; the linker generates their cases and spellings), title
and role words that may stand before a surname without meaning another person, common words
that are also surnames (such a surname links alone only when capitalised inside a sentence), the
words after a name that make it another member of the family ("Blinken Sr", "Лукашенко-
младший"; before it too in some languages: "младший Лукашенко"), in every case form, with the
nouns of kinship they may qualify instead ("старший сын"), the words that make a common word
after them a phrase ("дед Мороз"), the case endings the language's press gives a foreign name
(Lithuanian "Putino", "Lukašenkos"), each with the nominative ending it replaces, and the titles for a woman only ("Mrs", "госпожа") or a man
only ("Mr", "господин"), which before the surname of a profile of the other gender mean another
person (his wife, her husband), and the prepositions of place after which an unknown word is
more likely a place than a namesake ("va Ukrainie Łukašenka").
A brief chooses its packs with `PEOPLE_LINKER['packs']` and adds to every list in its settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel import Locale
from babel.languages import get_official_languages


@dataclass(frozen=True)
class Pack:
    given: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    common: tuple[str, ...] = ()
    generations: tuple[str, ...] = ()
    # Nouns of kinship a family word may stand before: then it is theirs, not the name's ("у
    # Лукашенко старший сын": his elder son).
    kin: tuple[str, ...] = ()
    # Words that make a common word after them a phrase, not a surname: "дед Мороз" (Father
    # Frost), in their cases.
    idioms: tuple[str, ...] = ()
    # (case ending, the nominative's ending): a capitalised word with the ending, put back to
    # the nominative, is compared with the surnames and given names by its spelling key.
    endings: tuple[tuple[str, str], ...] = ()
    # Titles and forms of address for a woman only, and for a man only, in their case forms: title
    # words too. Before the surname of a profile whose `Gender:` is the other, another person.
    women: tuple[str, ...] = ()
    men: tuple[str, ...] = ()
    # Its family words stand before a name too, and mean another of the family there as well:
    # "младший Лукашенко" (his son). Not in English: "a senior Lukashenko aide" is his.
    family_before: bool = False
    # Words that mean another of the family before a name only: English "the elder Blinken".
    family_words_before: tuple[str, ...] = ()
    # Endings the language gives a man's name only (a woman's in a consonant or -o does not
    # decline in Polish, Ukrainian, Czech or Serbian): never read as a woman's ("z Kowalenkiem").
    men_endings: tuple[tuple[str, str], ...] = ()
    # Prepositions of place: a capitalised word no one has as a given name, after one of them
    # and right before a surname, is more likely a place ("va Ukrainie Łukašenka", "w Wilnie
    # Cichanouski") than a namesake. It still leaves that surname unlinked, but names no
    # namesake, so the page's other mentions link. "-ending": a word with that ending is a place
    # in a case, in a language that puts no preposition before it (Armenian "Սոչիում").
    places_before: tuple[str, ...] = ()


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _endings(text: str) -> tuple[tuple[str, str], ...]:
    """`ending:nominative` pairs ("os:a": Lukašenkos, Lukašenka); `o:` drops the ending."""
    return tuple(tuple(pair.split(":")) for pair in text.split())


def _possessive(text: str) -> tuple[tuple[str, str], ...]:
    """The endings of a possessive adjective made from a man's surname, each read back to a
    surname in -a, in -o, or in a consonant (Lukašenkova: Lukašenka or Lukašenko; Putinova)."""
    return tuple((ending, nominative) for ending in text.split() for nominative in ("a", "o", ""))


def _countries_en(languages: set[str]) -> str:
    """The countries where these languages are official, as English names them (CLDR): a word
    that may stand before a surname ("Georgia's Kobakhidze") without meaning another person."""
    names = Locale("en").territories
    return (
        " ".join(
            names[code]
            for code in sorted(names)
            if len(code) == 2
            and code.isalpha()
            and languages & set(get_official_languages(code, de_facto=True))
        )
        + " "
    )


_MONTHS_DAYS_EN = (
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
)

_SOUTH_SLAVIC = _endings(
    "i:a e:a u:a o:a om:a oj:a ske:ska skoj:ska sku:ska skom:ska "
    "и:а е:а у:а о:а ом:а ој:а ске:ска ској:ска ску:ска ском:ска"
)
# Junior and senior after a name, in their cases (Vladimirju Putinu mlajšem: his son)
_SOUTH_SLAVIC_GENERATIONS = _words(
    "mlađi mlađeg mlađega mlađem mlađemu mlađim mlajši mlajšega mlajšemu mlajšem mlajšim "
    "stariji starijeg starijem starijim starejši starejšega starejšemu starejšem starejšim "
    "млађи млађег млађем млађим старији старијег старијем старијим"
)
# A man's name in a consonant or -o, and the e a name like Pavel drops (Pavla, Pavlom)
_SOUTH_SLAVIC_MEN = _endings(
    "a: u: om: em: e: a:o u:o om:o kog:ki kom:ki kim:ki koga:ki komu:ki la:el lu:el lom:el le:el "
    "а: у: ом: ем: е: а:о у:о ом:о ког:ки ком:ки ким:ки кога:ки кому:ки ла:ел лу:ел лом:ел ле:ел"
)

# The possessive adjective of a man's surname, in the singular's cases (Putinove Rusije,
# Lukašenkova oblast, Путиновог режима); "Putinovi" is also the family's plural (the Putins)
_SOUTH_SLAVIC_POSSESSIVE = _possessive(
    "ov ova ove ovo ovu ovoj ovom ovog ovoga ovega ovemu ovem ovim "
    "ов ова ове ово ову овој овом овог овога овим"
)


def _south_slavic(places: str, more_men: tuple[tuple[str, str], ...] = ()) -> Pack:
    """A South Slavic language's pack: the cases, junior and senior, its prepositions of place."""
    return Pack(
        generations=_SOUTH_SLAVIC_GENERATIONS,
        endings=_SOUTH_SLAVIC,
        men_endings=_SOUTH_SLAVIC_MEN + _SOUTH_SLAVIC_POSSESSIVE + more_men,
        places_before=_words(places),
    )


# The singular's forms only: "Putinových", "Putinovi" are also the family's plural (manželé
# Putinovi, the Putins)
_CZECH_POSSESSIVE = _possessive("ův ov ova ovo ovu ově ovou ovho ovmu ovej ovom")
# Nouns of kinship, Czech and Slovak, in their cases: "manželka Bjaljackého" is his wife
_CZECH_KIN = _words(
    "syn syna synovi synem synom synové synovia dcera dcery dceři dcerou dcéra dcéry dcére "
    "dcérou bratr bratra bratrovi bratrem brat brata bratovi bratom sestra sestry sestře sestrou "
    "manželka manželky manželce manželkou manžel manžela manželovi manželem manželom vnuk vnuka"
)

PACKS: dict[str, Pack] = {
    "be": Pack(
        places_before=_words("у ў ва u ŭ va"),
        given=_words(
            "Аляксандр Аляксей Андрэй Антон Арцём Багдан Барыс Вадзім Валерый Васіль Віктар "
            "Віталь Уладзімір Уладзіслаў Вячаслаў Генадзь Георгій Дзмітрый Дзяніс Яўген Ягор Іван "
            "Ігар Ілля Канстанцін Кірыл Леанід Максім Міхаіл Мікалай Мікола Алег Павел Павал Пётр Раман "
            "Руслан Рыгор Сяргей Станіслаў Сцяпан Ціхан Юрый Яраслаў Ян Францішак Зміцер Алесь "
            "Лявон Ганна Алена Аліна Анастасія Ала Вераніка Вольга Вікторыя Валянціна Галіна "
            "Дар'я Кацярына Ірына Марыя Марына Надзея Наталля Святлана Таццяна Юлія Ксенія "
            "Людміла Лізавета Маргарыта Паліна Тамара Яна Зоя Ніна Любоў Ларыса Вера "
            # the forms and diminutives the press prints as names ("Kolya Lukashenko")
            "Пятро Міхась Настасся Саша Коля Міша Дзіма Паша Валодзя Маша Таня Каця Насця "
            "Наташа"
        ),
        titles=_words(
            "Спадар Спадарыня Прэзідэнт Прэм'ер Міністр Генерал Палкоўнік Суддзя Дэпутат "
            "Мітрапаліт Святар Айцец Прафесар Доктар Spadar Spadarynia Prezident "
            # a body named after its leader: "Офіс Ціханоўскай", her Office
            "Офіс Офіса Офісе Офісам Штаб Штаба Штабе Ofis Ofisa Ofisie"
        ),
        common=_words("Мароз Воўк Зіма Бусел Сокал Верабей Салавей Лебедзь"),
        generations=_words(
            "малодшы малодшага малодшаму малодшым старэйшы старэйшага старэйшаму старэйшым "
            "старшы старшага старшаму старшым малодшая малодшай малодшую старэйшая старэйшай "
            "старэйшую старшая старшай старшую małodšy małodšaha małodšamu małodšym małodšaja "
            "starejšy starejšaha starejšamu starejšym starejšaja"
        ),
        kin=_words(
            "сын сына сыну сынам сыне сыны сыноў дачка дачкі дачку дачкой брат брата брату "
            "братам браце браты сястра сястры унук унука ўнук ўнука жонка жонкі жонцы жонку "
            "жонкай муж мужа мужу мужам нявестка нявесткі зяць зяця "
            # in Łacinka
            "syn syna synu synam synie syny synoŭ dačka dački dačku dačkoj brat brata bratu "
            "bratam bracie braty siastra siastry unuk unuka ŭnuk ŭnuka žonka žonki žoncy žonku "
            "žonkaj muž muža mužu mužam niaviestka niaviestki ziać ziacia"
        ),
        idioms=_words("дзед дзеда дзеду дзедам дзедзе"),
        family_before=True,
        women=_words("Спадарыня спадарыні спадарыню спадарыняй Spadarynia spadaryni spadaryniu"),
        men=_words("Спадар спадара спадару спадаром Spadar spadara spadaru spadarom"),
    ),
    "ru": Pack(
        places_before=_words("в во"),
        given=_words(
            "Александр Алексей Андрей Антон Артём Богдан Борис Вадим Валерий Василий Виктор "
            "Виталий Владимир Владислав Вячеслав Геннадий Георгий Дмитрий Денис Евгений Егор "
            "Иван Игорь Илья Константин Кирилл Леонид Максим Михаил Николай Олег Павел Пётр Роман "
            "Руслан Григорий Сергей Станислав Степан Тихон Юрий Ярослав Анна Елена Алина "
            "Анастасия Алла Вероника Ольга Виктория Валентина Галина Дарья Екатерина Ирина Мария "
            "Марина Надежда Наталья Светлана Татьяна Юлия Ксения Людмила Елизавета Маргарита "
            "Полина Тамара Яна Зоя Нина Любовь Лариса Вера Саша Коля Миша Дима Паша Вова Володя "
            "Серёжа Витя Маша Таня Света Катя Настя Наташа Оля"
        ),
        titles=_words(
            "Господин Госпожа Президент Премьер Министр Генерал Полковник Судья Депутат "
            "Патриарх Митрополит Священник Отец Профессор Доктор Академик Товарищ Офис Офиса "
            "Офисе Офисом Штаб Штаба Штабе"
        ),
        common=_words("Мороз Волк Зима Орёл Сокол Воробей Соловей Лебедь Мир Заяц"),
        generations=_words(
            "младший младшего младшему младшим младшем старший старшего старшему старшим старшем "
            "младшая младшей младшую старшая старшей старшую мл"
        ),
        kin=_words(
            "сын сына сыну сыном сыне сыновья сыновей дочь дочери дочерью брат брата брату "
            "братом брате братья сестра сестры внук внука жена жены жене жену женой муж мужа "
            "мужу мужем невестка невестки зять зятя"
        ),
        idioms=_words("дед деда деду дедом деде"),
        family_before=True,
        women=_words("Госпожа госпожи госпоже госпожу госпожой"),
        men=_words("Господин господина господину господином господине"),
    ),
    "uk": Pack(
        places_before=_words("в у"),
        given=_words(
            "Олександр Олексій Андрій Богдан Василь Віктор Віталій Володимир Дмитро Євген Іван "
            "Ігор Костянтин Максим Михайло Микола Олег Павло Петро Роман Сергій Степан Тарас "
            "Юрій Ярослав Ганна Олена Ірина Марія Наталія Оксана Ольга Світлана Тетяна Юлія "
            "Катерина Анастасія Вікторія Саша Коля Діма Паша Володя Таня Настя Наташа Оля"
        ),
        titles=_words(
            "Пан Пані Президент Прем'єр Міністр Генерал Полковник Суддя Депутат Митрополит "
            "Офіс Офісу Офісі Штаб Штабу"
        ),
        common=_words("Мороз Вовк Зима Орел Сокіл Горобець Соловей Лебідь Коваль"),
        generations=_words(
            "молодший молодшого молодшому молодшим старший старшого старшому старшим молодша "
            "молодшої молодшу старша старшої старшу"
        ),
        kin=_words(
            "син сина сину сином сини синів донька доньки доньку брат брата брату братом "
            "брати сестра сестри онук онука дружина дружини дружині дружину дружиною "
            "чоловік чоловіка чоловікові невістка невістки зять зятя"
        ),
        idioms=_words("дід діда дідові дідом діду"),
        # The Ukrainian cases no Russian or Belarusian form shares a spelling key with: the
        # dative in -ові (Лукашенкові, Блінкенові), a feminine noun's -ою, -ій (Луцкіною)
        endings=_endings("ою:а ій:а"),
        men_endings=_endings("ові:о ові: ові:а"),
        family_before=True,
        women=_words("Пані"),
        men=_words("Пан пана пану паном пане"),
    ),
    "az": Pack(
        given=_words(
            "Əli Elçin Elnur Emin Fərid Fuad İlham Kamran Natiq Orxan Rəşad Rauf Səbuhi Tofiq "
            "Toğrul Vüqar Zaur Aynur Günel Xədicə Leyla Nərgiz Səbinə Ülviyyə Arzu "
            "Али Эльчин Эльнур Эмин Фарид Фуад Ильхам Камран Натиг Орхан Рашад Рауф Тофиг "
            "Тогрул Вугар Заур Айнур Гюнель Хадиджа Лейла Наргиз Сабина Ульвия Арзу"
        ),
        titles=_words("Cənab Xanım Prezident Nazir General Hakim Deputat Şeyx"),
        common=_words("Qara Ağa Dəmir Aslan"),
    ),
    "ka": Pack(
        given=_words(
            "Giorgi Davit Levan Nika Irakli Zurab Mikheil Lasha Tamar Nino Mariam Ketevan "
            "Salome Mzia გიორგი დავით ლევან ნიკა ირაკლი ზურაბ თამარ ნინო მარიამ მზია"
        ),
        titles=_words("Batono Kalbatono ბატონი ქალბატონი"),
        # Georgian cases and the postpositions joined to a name (პუტინმა, ლუკაშენკოს,
        # პუტინთან); a name in a consonant takes -ი in the nominative (პუტინი)
        endings=_endings(
            "ი: ის: ს: მა: მ: ით: თი: ად: დ: სა: ისა: თან: სთან: ისთან: ზე: ში: სთვის: ისთვის: "
            "სგან: ისგან: სკენ: ისკენ:"
        ),
        women=_words("Kalbatono ქალბატონი"),
        men=_words("Batono ბატონი"),
    ),
    # Armenian cases and the definite article (Պուտինի, Լուկաշենկոն, Լուկաշենկոյի)
    "hy": Pack(
        endings=_endings("ի: ը: ն: ին: ից: ով: ում: յի: յին: յից: յով: յում: ու: ուն: ուց:"),
        places_before=("-ում",),  # the locative: "Սոչիում Պուտինի", in Sochi, Putin's
    ),
    # Polish declines the region's names from its own spelling (`pl-press`: Łukaszenki,
    # Cichanouskiej), and a foreign name by its endings: Blinkena, Blinkenowi, Blinkenem.
    "pl": Pack(
        places_before=_words("w we"),
        given=_words(
            "Adam Andrzej Antoni Bartosz Bogdan Dariusz Donald Grzegorz Jacek Jakub Jan "
            "Jarosław Józef Kamil Karol Krzysztof Lech Łukasz Maciej Marcin Marek Mateusz "
            "Michał Mikołaj Paweł Piotr Radosław Rafał Ryszard Sławomir Stanisław Szymon Tadeusz "
            "Tomasz Wiktor Witold Władysław Włodzimierz Wojciech Zbigniew Agnieszka Anna Barbara "
            "Beata Dorota Elżbieta Ewa Halina Joanna Justyna Katarzyna Magdalena Małgorzata "
            "Maria Monika Renata Swietłana Teresa Urszula Zofia"
        ),
        titles=_words(
            "Pan Pani Pana Panu Panem Panią Prezydent Prezydenta Prezydentowi Prezydentem "
            "Premier Premiera Minister Ministra Generał Pułkownik Sędzia Poseł Posłanka Senator "
            "Ambasador Sekretarz Przewodniczący Przewodnicząca Marszałek Profesor Doktor Ksiądz "
            "Biskup Metropolita Opozycjonista Opozycjonistka Liderka Lider Dziennikarz "
            "Dziennikarka Aktywista Aktywistka Noblista Laureat Laureatka Więzień Obrońca "
            "Białoruski Białoruska Białoruskiego Białoruskiej Rosyjski Rosyjska Prezydenci Biuro "
            "Biura Biurze Sztab Sztabu"
        ),
        common=_words("Mróz Wilk Zima Orzeł Sokół Wróbel Słowik Łabędź Kowal Lis Kruk"),
        generations=_words(
            # "senior" and "junior" are the English pack's, after a name only
            "młodszy młodszego młodszemu młodszym starszy starszego starszemu starszym młodsza "
            "młodszej młodszą starsza starszej starszą"
        ),
        kin=_words(
            "syn syna synowi synem synu synowie synów córka córki córce córkę córką brat brata "
            "bratu bratem bracie bracia siostra siostry siostrze siostrę siostrą wnuk wnuka "
            "wnuczka wnuczki żona żony żonie żonę żoną mąż męża mężowi mężem synowa synowej "
            "zięć zięcia"
        ),
        idioms=_words("dziadek dziadka dziadkowi dziadkiem"),
        endings=_endings("skiej:ska ską:ska ckiej:cka cką:cka"),
        # ... and a foreign given name in -y as an adjective: Antonym, Antony'ego
        men_endings=_endings(
            "owi: em: iem: ie: a: skiego:ski skiemu:ski skim:ski ckiego:cki ckiemu:cki ckim:cki "
            "ym:y 'ego: 'emu: ’ego: ’emu:"
        ),
        women=_words("Pani Panią Posłanka Przewodnicząca Liderka Dziennikarka Aktywistka"),
        men=_words("Pan Pana Panu Panem Poseł Przewodniczący"),
        family_before=True,
    ),
    # Hungarian spells the region's names its own way (Lukasenko, Vlagyimir Putyin, Szvetlana
    # Tyihanovszkaja: read on a second look, `spelling.other_press_keys`) and gives every name
    # its case endings, a final vowel lengthened before them: Lukasenkót, Lukasenkónak,
    # Putyinnal, Blinkennel, Tyihanovszkajával.
    "hu": Pack(
        given=_words(
            "Ádám András Attila Balázs Bence Csaba Dániel Dávid Ferenc Gábor György Imre István "
            "János József Károly László Levente Márton Máté Mihály Miklós Norbert Péter Sándor "
            "Tamás Viktor Zoltán Zsolt Anna Andrea Erika Eszter Éva Gabriella Ildikó Judit "
            "Katalin Krisztina Mária Nóra Orsolya Zsófia"
        ),
        titles=_words("Úr Asszony Elnök Miniszterelnök Miniszter Tábornok Bíró Professzor"),
        family_words_before=_words("ifjabb idősebb"),  # before a name: "ifjabb Lukasenko"
        endings=_endings(
            "t: ot: et: öt: at: nak: nek: val: vel: nal: nel: ral: rel: tól: től: ról: ről: "
            "hoz: hez: höz: nál: nél: ban: ben: ba: be: ért: on: en: ön: ra: re: ig: é:"
        ),
    ),
    # Lithuanian and Latvian give a foreign name their own case endings, from the nominative
    # in their spelling: Putinas, Putino, Putinui; Lukašenka, Lukašenkos; Bialiackis,
    # Bialiackio; Aliaksandras, Siarhejus (Lithuanian); Putins, Putinam; Tihanovskas (Latvian).
    "lt": Pack(
        given=_words(
            "Algirdas Andrius Arvydas Darius Gabrielius Gitanas Jonas Kęstutis Laurynas Linas "
            "Mantas Petras Saulius Tomas Valdas Vytautas Žygimantas Agnė Asta Aušra Dalia Eglė "
            "Giedrė Gintarė Ingrida Jūratė Jurgita Kristina Lina Rasa Rūta Simona Vilma"
        ),
        titles=_words(
            "Ponas Ponia Prezidentas Prezidentė Premjeras Premjerė Ministras Ministrė Generolas "
            "Teisėjas Teisėja Profesorius Daktaras Baltarusijos Rusijos Lietuvos Ukrainos "
            "Lenkijos Amerikos"
        ),
        generations=_words(
            "jaunesnysis jaunesniojo jaunesniajam jaunesnįjį vyresnysis vyresniojo vyresniajam "
            "vyresnįjį"
        ),
        endings=_endings("ą: ų: os:a ai:a oje:a"),
        men_endings=_endings(
            "as: is: ys: us: s: aus: o: io: ui: iui: u: iu: umi: e: yje: yje:i uje:"
        ),
        women=_words("Ponia ponios poniai ponią Prezidentė Premjerė Ministrė Teisėja"),
        men=_words("Ponas pono ponui poną Prezidentas Premjeras Ministras Teisėjas"),
        family_before=True,
    ),
    "lv": Pack(
        given=_words(
            "Aivars Andris Artis Edgars Egils Jānis Krišjānis Kristaps Mārtiņš Raimonds Anna "
            "Baiba Dace Evika Ieva Ilze Inese Kristīne Līga Solvita"
        ),
        titles=_words(
            "Kungs Kundze Prezidents Premjerministrs Ministrs Ģenerālis Tiesnesis Profesors "
            "Doktors Baltkrievijas Krievijas Latvijas Ukrainas"
        ),
        generations=_words("juniors juniora junioram seniors seniora senioram"),
        endings=_endings("a:i u:a as:a ai:a"),
        men_endings=_endings("s: a: am: u: ā: m:"),
    ),
    # The Scandinavian genitive (Putins, Lukasjenkos), the Finnish and Estonian cases of a
    # foreign name (Putinin, Putinille, Lukašenkan; Putini, Putiniga, Lukašenkot), and the South
    # Slavic ones, in Latin and Cyrillic letters (Putina, Putinom, Lukašenka, Lukašenkom,
    # Tihanovskoj; Путином, Лукашенком).
    # Czech and Slovak decline a foreign given name in -y as an adjective (Anthonyho,
    # Anthonymu); the region's names they decline from their own spelling (`cs-press`).
    # Both make a possessive adjective of a man's name (Lukašenkův režim, Lukašenkova režimu).
    "cs": Pack(
        places_before=_words("v ve"),
        men_endings=_endings("ho: mu: m:") + _CZECH_POSSESSIVE,
        kin=_CZECH_KIN,
    ),
    # Slovak also declines by its own spelling of the name (Biaľackého, Ryhora Kastusiova)
    "sk": Pack(
        places_before=_words("v vo"),
        men_endings=_endings(
            "ho: mu: m: ého:ý ého:i ému:ý ému:i om:ý om:i ým:ý ým:i a: ovi: om: ova:ou ovi:ou "
            "ovom:ou"
        )
        + _CZECH_POSSESSIVE,
        kin=_CZECH_KIN,
    ),
    "sv": Pack(endings=_endings("s:")),
    "da": Pack(endings=_endings("s:")),
    "nb": Pack(endings=_endings("s:")),
    "nn": Pack(endings=_endings("s:")),
    "no": Pack(endings=_endings("s:")),
    "fi": Pack(
        endings=_endings(
            "in: ia: ille: illa: ilta: issa: ista: iin: iksi: ina: n: a: ta: lle: lla: lta: ssa: "
            "sta: ksi: na: han: hon:"
        )
    ),
    "et": Pack(endings=_endings("i: it: ile: iga: is: ist: ilt: ini: iks: t: le: ga: s: st: lt:")),
    "sr": _south_slavic("u у"),
    "hr": _south_slavic("u"),
    "bs": _south_slavic("u"),
    # Slovene puts a j before the ending of a name in -r (Vladimirja, Vladimirjem)
    # Slovene declines a surname in -ski as its adjectives: Tihanovskega, Tihanovskemu
    "sl": _south_slavic("v", _endings("rja:r rju:r rjem:r kega:ki kemu:ki kem:ki")),
    # German writes every noun with a capital: its title and role words, in their cases
    "de": Pack(
        titles=_words(
            "Präsident Präsidenten Präsidentin Staatschef Staatschefs Machthaber Machthabers "
            "Diktator Diktators Regime Regimes Kremlchef Kremlchefs Kanzler Kanzlerin Minister "
            "Ministerin Außenminister Außenministerin Oppositionsführer Oppositionsführerin "
            "Oppositionspolitiker Oppositionspolitikerin Bürgerrechtler Bürgerrechtlerin "
            "Menschenrechtler Menschenrechtlerin Nobelpreisträger Nobelpreisträgerin "
            "Friedensnobelpreisträger Friedensnobelpreisträgerin Ehemann Ehefrau Gattin Gatte "
            "Blogger Bloggerin Journalist Journalistin Aktivist Aktivistin Oppositionelle "
            "Oppositioneller Häftling Gefangene Gefangener Politiker Politikerin Kollege Kollegin"
        ),
        places_before=_words("in im"),
    ),
    "nl": Pack(
        titles=_words(
            "President Premier Minister Oppositieleider Nobelprijswinnaar Dictator Heer Mevrouw"
        ),
        places_before=_words("in"),
    ),
    "fr": Pack(places_before=_words("à en au")),
    "es": Pack(places_before=_words("en")),
    "it": Pack(places_before=_words("in a")),
    "pt": Pack(places_before=_words("em no na")),
    # Tajik joins the object's -ро and the izafe's -и to a name (Лукашенкоро, Тихановскаи)
    "tg": Pack(endings=_endings("ро: и:")),
    # Romanian: a woman's name in -a takes -ei in the genitive and dative (Svetlanei)
    "ro": Pack(endings=_endings("ei:a"), places_before=_words("în la")),
    "tr": Pack(titles=_words("Başkan Başkanı Cumhurbaşkanı Bakan Bakanı Lider Lideri Sayın")),
    "en": Pack(
        # The region's given names as English writes them where no romanization does: "Victor
        # Lukashenko" opening a sentence is another man than Alexander Lukashenko.
        given=_words(
            "Victor Victoria Catherine Katherine Katerina Gregory Nicholas Michael Peter Paul"
        ),
        titles=_words(
            "Mr Mrs Ms Miss Mx Dr Prof Professor President Presidents Minister Ministers Prime "
            "Premier General Gen Colonel Col Lieutenant Lt Major Maj Captain Capt Sergeant Sgt "
            "Judge Justice Sir Lady Lord Dame Rev Reverend Father Sister Brother Saint St Madam "
            "Madame Mister Senator Sen Rep Representative Congressman Congresswoman Governor Gov "
            "Mayor Ambassador Chancellor King Queen Prince Princess Pope Bishop Archbishop "
            "Patriarch Metropolitan Sheikh Imam Rabbi Chairman Chairwoman Chair Director "
            "Secretary Speaker Deputy Vice Commissioner Leader Opposition Activist Activists "
            "Journalist Journalists Blogger Lawyer Lawyers Advocate Nobel Laureate Comrade "
            "Advisor Adviser Aide Envoy Spokesman Spokeswoman Spokesperson Official Chief Head "
            "Diplomat Negotiator Correspondent Editor Reporter Commander Officer Founder Member "
            "Citizen Defendant Prisoner Candidate Former Ex Late Belarusian Belarusians Russian "
            "Ukrainian Azerbaijani Georgian Polish Lithuanian Latvian Kazakh Kyrgyz Tajik Uzbek "
            "Armenian Turkish Soviet American British European German French Kremlin "
            "Minsk Moscow Kyiv Baku Tbilisi Herr Frau Pan Pani "
            "Says Said Tells Told Asks Asked Meets Met Visits Visited Freed Released Jailed "
            "Sentenced Detained Arrested Pardoned Urges Calls With Without And Or But For From "
            "To By Of On In At As After Before Against About Under Over Between Than Then Not "
            "Also Both Neither Nor Like Unlike Whom Whose Whether Where While When Why How What "
            + _MONTHS_DAYS_EN
            + _countries_en({"be", "ru", "uk", "az", "ka", "lt", "lv"})
        ),
        common=_words(
            "Young Frost Black White Brown Green Gray Grey Long Short Little Bush May Rich Hope "
            "Best Law King Love Bird Fox Wolf Hill Wood Rose Stone Church Bell Hunt Cook Baker "
            "Smith Mason Price Page Mark Bishop Golden Winter Summer Sharp Strong Moore Fisher"
        ),
        generations=_words("Jr Jnr Junior Sr Snr Senior"),
        family_words_before=_words("elder eldest younger youngest"),
        # Nouns of kinship: after a name and a comma, the name is a relative's ("Trokhym
        # Lukashenko, grandfather of ...")
        kin=_words(
            "father mother son daughter brother sister grandfather grandmother grandson "
            "granddaughter uncle aunt nephew niece cousin wife husband widow widower stepfather "
            "stepmother stepson stepdaughter"
        ),
        women=_words("Mrs Ms Miss Madam Madame Lady Dame Congresswoman Chairwoman Frau Pani"),
        men=_words("Mr Mister Sir Lord Congressman Chairman Herr Pan"),
    ),
}
DEFAULT_PACKS = tuple(PACKS)

# One given name in several languages: the person's own name in any of them joins the link, as
# the Ukrainian press writes a Belarusian name (Сяргей, Сергей, Сергій). `lang:form`, nominative.
# Belarusian forms beside the official one (the classical spelling's Павал, Зміцер, Пятро), the
# diminutives the press prints as names (Саша, Коля), and English spellings of one name too,
# where the press uses both (Anthony and Tony for Antony Blinken, Victor for Viktar), the Romance
# languages' (Alexandre, Alejandro, Alessandro, Alexandru), and the Polish forms the Polish press
# gives some (Włodzimierz, Grzegorz).
_SAME_NAME = """
be:Аляксандр be:Аляксандар be:Алесь ru:Александр uk:Олександр uk:Олесь be:Саша ru:Саша en:Alexander fr:Alexandre es:Alejandro it:Alessandro ro:Alexandru sr:Александар ka:ალექსანდრე
be:Сяргей ru:Сергей uk:Сергій ru:Серёжа
be:Святлана ru:Светлана uk:Світлана ru:Света
be:Павел be:Павал ru:Павел uk:Павло be:Паша ru:Паша en:Paul pl:Paweł
be:Рыгор ru:Григорий uk:Григорій en:Gregory pl:Grzegorz
be:Ксенія ru:Ксения uk:Ксенія
be:Уладзімір ru:Владимир uk:Володимир be:Валодзя ru:Володя ru:Вова pl:Włodzimierz ka:ვლადიმერ
be:Мікалай ru:Николай uk:Микола be:Коля ru:Коля en:Nicholas pl:Mikołaj
be:Дзмітрый be:Зміцер ru:Дмитрий ru:Змитер uk:Дмитро be:Дзіма ru:Дима
be:Марыя ru:Мария uk:Марія be:Маша ru:Маша
be:Вольга ru:Ольга uk:Ольга ru:Оля
be:Юрый ru:Юрий uk:Юрій pl:Jerzy
be:Андрэй ru:Андрей uk:Андрій pl:Andrzej
be:Віктар ru:Виктор uk:Віктор ru:Витя en:Victor pl:Wiktor
be:Ігар ru:Игорь uk:Ігор
be:Алег ru:Олег uk:Олег
be:Вераніка ru:Вероника uk:Вероніка
be:Наталля ru:Наталья uk:Наталія be:Наташа ru:Наташа
be:Кацярына ru:Екатерина uk:Катерина be:Каця ru:Катя en:Katerina en:Catherine en:Katherine pl:Katarzyna
be:Таццяна ru:Татьяна uk:Тетяна be:Таня ru:Таня
be:Ганна ru:Анна uk:Ганна
be:Яўген ru:Евгений uk:Євген
be:Міхаіл ru:Михаил uk:Михайло be:Міхась be:Міша ru:Миша en:Michael pl:Michał
be:Пётр be:Пятро ru:Пётр uk:Петро en:Peter pl:Piotr
be:Васіль ru:Василий uk:Василь
be:Канстанцін ru:Константин uk:Костянтин
en:Antony en:Anthony en:Tony hy:Էնթոնի ka:ენტონი
be:Анастасія be:Настасся be:Насця ru:Анастасия ru:Настя uk:Анастасія uk:Настя
be:Вікторыя ru:Виктория uk:Вікторія en:Victoria
"""
SAME_NAME = tuple(
    tuple(tuple(item.split(":")) for item in line.split())
    for line in _SAME_NAME.strip().splitlines()
)
