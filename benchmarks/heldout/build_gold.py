"""Writes texts/*.txt and gold.jsonl from articles.py and the annotations below.

Offsets are computed here from the text, never written by hand: a quote is located by its
words (which must occur exactly once between quotation marks), a mention by a unique anchor
phrase and the word(s) inside it. Run: python3 build_gold.py
"""
import json
from pathlib import Path

from articles import ARTICLES

OPEN, CLOSE = "\"“‘'", "\"”’'"
P, O, A = "person", "organization", "anonymous"


def Q(words, speaker, kind=P, via=None, mention=None, optional=False):
    """One gold quote; mention is a unique anchor phrase or (anchor, words inside it)."""
    return dict(words=words, speaker=speaker, kind=kind, via=via, mention=mention, optional=optional)


GOLD = {
    "01_halifax_bike_lanes": [
        Q("a step backwards for everyone who walks, cycles or takes the bus.", "Rosa Medina", mention="Rosa Medina"),
        Q("We spent two years consulting residents on this network,", "Rosa Medina", mention=("Medina said", "Medina")),
        Q("Throwing that away because of a few parking spots is not leadership.", "Rosa Medina", mention=("Medina said", "Medina")),
        Q("Nobody is cancelling anything,", "Gordon Tremblay", mention=("he told reporters", "he")),
        Q("We're asking staff to come back with real numbers.", "Gordon Tremblay", mention=("he told reporters", "he")),
        Q("If the numbers hold up, we build. If they don't, we have a different conversation.", "Gordon Tremblay"),
        Q("The people I represent can't cycle to a job in Burnside. They need buses that show up.", "Pat Oyelaran",
          mention="Pat Oyelaran"),
        Q("There will be costs to stopping,", "Heather MacInnes", mention=("MacInnes said", "MacInnes")),
        Q("and some of them we can't recover.", "Heather MacInnes", mention=("MacInnes said", "MacInnes")),
        Q("We'll be there with our helmets on,", "Ingrid Lavoie", mention="Ingrid Lavoie"),
    ],
    "02_everton_brentford": [
        Q("unbelievable", "Callum Reid", optional=True),
        Q("unbelievable hunger", "Callum Reid", mention="Callum Reid"),
        Q("He's been criticised, he's been left out, and he never once moaned about it,", "Callum Reid", via="BBC",
          mention=("Reid told", "Reid")),
        Q("That goal is for him and nobody else.", "Callum Reid", via="BBC", mention=("Reid told", "Reid")),
        Q("I just closed my eyes and headed it,", "Daniel Okafor", mention=("he quipped", "he")),
        Q("Don't tell the gaffer.", "Daniel Okafor", mention=("he quipped", "he")),
        Q("a clear push", "Thomas Achterberg", mention=("what he called", "he")),
        Q("I've watched it five times now,", "Thomas Achterberg", mention=("Achterberg said", "Achterberg")),
        Q("Five times, and every time it's a foul. I don't know what VAR is looking at.", "Thomas Achterberg",
          mention=("Achterberg said", "Achterberg")),
        Q("We gave it away.", "Mikkel Sorensen", mention="Mikkel Sorensen"),
        Q("We're not getting carried away,", "Callum Reid", mention=("Reid added", "Reid")),
        Q("Three weeks ago people had us going down.", "Callum Reid", mention=("Reid added", "Reid")),
        Q("very close.", "person familiar with the talks", A, mention="A person familiar with the talks"),
        Q("Daniel embodies everything this club stands for,", "Everton", O, mention=("they said", "they")),
    ],
    "03_perth_fraud_sentence": [
        Q("calculated, prolonged and cruel.", "Mary-Anne Costello", mention="a Perth judge"),
        Q("You looked these people in the eye,", "Mary-Anne Costello", mention=("she told him", "she")),
        Q("You shook their hands, and you took everything they had.\n", "Mary-Anne Costello",
          mention=("she told him", "she")),
        Q("Some of them will never recover, financially or otherwise.", "Mary-Anne Costello"),
        Q("genuinely remorseful", "Nikolai Petrakis", mention="Nikolai Petrakis"),
        Q("Eight years. He'll be out before I've paid off what he cost me,", "Doreen Haigh",
          mention=("me,\" she said", "she")),
        Q("We lost our house. My husband died waiting for this day.", "Doreen Haigh", mention=("me,\" she said", "she")),
        Q("fraud is not a victimless crime.", "Craig Mbeki", via="statement", mention="Craig Mbeki"),
        Q("review the judgment carefully.", "spokeswoman for the Director of Public Prosecutions", A,
          mention="A spokeswoman for the office"),
    ],
    "04_sundaram_ev_delay": [
        Q("rush a product that is not ready.", "Priya Raghavan", mention="Priya Raghavan"),
        Q("We would rather take the hit now than recall cars in a year,", "Priya Raghavan", mention=("she said", "she")),
        Q("Our customers have long memories.", "Priya Raghavan", mention=("she said", "she")),
        Q("fixable, but not quickly.", "person familiar with the matter", A, mention="One of them"),
        Q("This is a setback, not a crisis,", "Arjun Mehta", mention="Arjun Mehta"),
        Q("The balance sheet can absorb it.", "Arjun Mehta", mention="Arjun Mehta"),
        Q("a clear run at the festive season,", "Nandini Rao", via="note", mention="Nandini Rao"),
        Q("the only future we are planning for.", "Venkat Sundaram", via="letter", mention="Venkat Sundaram"),
    ],
    "05_leeds_ae_waits": [
        Q("corridor care", "Royal College of Nursing", O, optional=True),  # headline
        Q("working flat out", "Samira Okonjo", mention="Samira Okonjo"),
        Q("Every bay is full, every corridor has a trolley in it,", "Samira Okonjo", mention=("it,” she said", "she")),
        Q("That is not a safe way to look after anyone.", "Samira Okonjo", mention=("it,” she said", "she")),
        Q("corridor care", "Royal College of Nursing", O, mention="The Royal College of Nursing"),
        Q("This has gone from an emergency measure to a way of life,", "Royal College of Nursing", O,
          mention="the college"),
        Q("We apologise to them. We apologise all day long,", "senior nurse", A, mention=("long,” she said", "she")),
        Q("It doesn’t change anything.", "senior nurse", A, mention=("long,” she said", "she")),
        Q("unacceptable", "Oliver Grant", via="BBC", mention="Oliver Grant"),
        Q("more beds, more staff and less red tape.", "Oliver Grant", via="BBC", mention="Oliver Grant"),
        Q("Ministers keep announcing money. Patients keep waiting.", "Fiona Abernethy", mention="Fiona Abernethy"),
    ],
    "06_iebc_voter_register": [
        Q("ghost voters", "Democratic Alliance Party", O, optional=True),
        Q("within 45 days", "Joyce Wambui", mention="Joyce Wambui"),
        Q("We have nothing to hide,", "Joyce Wambui", mention=("Wambui said", "Wambui")),
        Q("If there are names that should not be on the register, they will come off.", "Joyce Wambui",
          mention=("Wambui said", "Wambui")),
        Q("We found more than 11,000 names of people who are no longer with us,", "Samuel Otieno",
          mention=("Otieno said", "Otieno")),
        Q("Either the commission fixes this, or we go to court.", "Samuel Otieno", mention=("Otieno said", "Otieno")),
        Q("It is a response to the law.", "Joyce Wambui", mention=("she replied", "she")),
        Q("Kenyans deserve to see the numbers,", "Mulika Uchaguzi", O, via="X", mention="the coalition"),
    ],
    "07_jena_magnet": [
        Q("It is not a replacement for neodymium magnets tomorrow,", "Katrin Hoffmann", mention="Katrin Hoffmann"),
        Q("But it shows the door is open.", "Katrin Hoffmann", mention="Katrin Hoffmann"),
        Q("Ten years, maybe more,", "Lukas Brandt", mention=("he said when", "he")),
        Q("a genuinely important step.", "Elena Marchetti", mention="Elena Marchetti"),
        Q("The numbers look solid,", "Elena Marchetti", mention=("she said", "she")),
        Q("The hard part now is manufacturing.", "Elena Marchetti", mention=("she said", "she")),
        Q("exactly the kind of research Europe needs.", "Federal Ministry of Education and Research", O,
          mention="The ministry"),
    ],
    "08_canaries_migrants": [
        Q("We are an island of 11,000 people receiving 1,500 in a weekend,", "Alberto Cabrera", mention=("Cabrera said", "Cabrera")),
        Q("No community in Europe would be able to manage that.", "Alberto Cabrera", mention=("Cabrera said", "Cabrera")),
        Q("Nobody has abandoned the Canaries,", "Lucía Ferrer", mention=("she said", "she")),
        Q("The state is there, and it will stay there.", "Lucía Ferrer", mention=("she said", "she")),
        Q("Every week a mother asks us if we have seen her son,", "Helena Maleno", mention=("Maleno said", "Maleno")),
        Q("Cold, hunger, fear.", "Mamadou Diallo", mention="Mamadou Diallo"),
        Q("Send help, not speeches.", "Alberto Cabrera", mention=("Cabrera, for", "Cabrera")),
        Q("in close contact", "European Commission", O, mention="The European Commission"),
    ],
    "09_brazil_selic": [
        Q("worsened", "Copom", O, mention="The bank's monetary policy committee"),
        Q("uncomfortable", "Copom", O, mention="The bank's monetary policy committee"),
        Q("The committee judges that the scenario requires a more contractionary monetary policy,", "Copom", O,
          mention="the statement"),
        Q("They are not blinking,", "Fernanda Lobo", mention="Fernanda Lobo"),
        Q("Markets wanted a signal and they got one.", "Fernanda Lobo", mention="Fernanda Lobo"),
        Q("It's their job, not mine,", "Ricardo Pimentel", mention=("he said, adding", "he")),
        Q("do its part", "Ricardo Pimentel", mention=("he said, adding", "he")),
        Q("a brake on the whole country,", "Ricardo Pimentel", via="Facebook", mention=("Pimentel wrote", "Pimentel")),
        Q("the least painful path.", "person close to Sardinha", A, mention="A person close to Sardinha"),
    ],
    "10_kamloops_wildfire": [
        Q("Do not wait. Do not go back for belongings,", "Marcus Lindqvist", mention="Marcus Lindqvist"),
        Q("If you are on the order, leave now.", "Marcus Lindqvist", mention="Marcus Lindqvist"),
        Q("extreme.", "Jasmine Tsang", mention="Jasmine Tsang"),
        Q("We saw the fire make a run of nearly eight kilometres in three hours,", "Jasmine Tsang",
          mention=("she said", "she")),
        Q("You could see the glow over the ridge,", "Walter Kuznetsov", mention=("Kuznetsov said", "Kuznetsov")),
        Q("My wife said, 'That's it, we're going,' and she was right.", "Walter Kuznetsov", mention=("Kuznetsov said", "Kuznetsov")),
        Q("spare nothing", "Diane Whitford", via="Twitter", mention="Diane Whitford"),
    ],
    "11_hanbit_recall": [
        Q("Customer safety comes before anything else,", "Kim Ji-won", via="statement", mention="Kim Ji-won"),
        Q("We are deeply sorry.", "Kim Ji-won", via="statement", mention="Kim Ji-won"),
        Q("one batch from one supplier.", "Park Tae-hoon", mention="Park Tae-hoon"),
        Q("Do not charge it, do not carry it on a plane,", "Office for Product Safety and Standards", O,
          mention="the regulator"),
        Q("painful but manageable.", "analyst", A, mention="One analyst"),
        Q("Hanbit built its brand on reliability,", "Lee Soo-min", mention=("she said", "she")),
        Q("That is the thing they just lost.", "Lee Soo-min", mention=("she said", "she")),
    ],
    "12_glasgow_strike": [
        Q("Nobody wants to be standing out here in the rain,", "Aisling Byrne", mention="Aisling Byrne"),
        Q("But management has left us no choice.", "Aisling Byrne", mention="Aisling Byrne"),
        Q("doing nothing is not an option.", "Hamish Drummond", via="email", mention="Hamish Drummond"),
        Q("I understand the anger,", "Hamish Drummond", via="email", mention=("Drummond wrote", "Drummond")),
        Q("I share the frustration. But the numbers are the numbers.", "Hamish Drummond", via="email",
          mention=("Drummond wrote", "Drummond")),
        Q("They’re right to strike,", "Kwame Asante", mention=("strike,” he said", "he")),
        Q("I just wish it wasn’t this week.", "Kwame Asante", mention=("strike,” he said", "he")),
        Q("We pay for a service,", "Sophie Lindgren", mention=("she said", "she")),
        Q("We’re not getting it.", "Sophie Lindgren", mention=("she said", "she")),
        Q("do everything possible", "university spokeswoman", A, mention="A university spokeswoman"),
    ],
    "13_southern_lights_storm": [
        Q("We've never had to do this before, and I hope we never have to again,", "Tane Whaanga",
          via="Radio New Zealand", mention=("Whaanga told", "Whaanga")),
        Q("But there was no way we were putting people in front of those stages.", "Tane Whaanga",
          via="Radio New Zealand", mention=("Whaanga told", "Whaanga")),
        Q("gutted", "Mara Quill", via="Instagram", mention="Mara Quill"),
        Q("Next time, I promise,", "Mara Quill", via="Instagram", mention=("she added", "she")),
        Q("We were lying in a tent while the thing was basically taking off,", "Jordan Pike", mention="Jordan Pike"),
        Q("Obviously. Just with a better tent.", "Hana Fitzgerald", mention="Hana Fitzgerald"),
        Q("We know how much this weekend means to people,", "Southern Lights festival", O,
          mention=("it said", "it")),
        Q("We are heartbroken too.", "Southern Lights festival", O, mention=("it said", "it")),
    ],
    "14_kloofspruit_rockfall": [
        Q("Our thoughts are with the families of our colleagues,", "Pieter van Wyk", mention="Pieter van Wyk"),
        Q("We will not rest until we understand exactly what happened.", "Pieter van Wyk", mention="Pieter van Wyk"),
        Q("This was not an act of God,", "Thandiwe Mokoena", mention="Thandiwe Mokoena"),
        Q("These deaths could have been prevented.", "Thandiwe Mokoena", mention="Thandiwe Mokoena"),
        Q("a tragedy for the entire industry", "Sipho Dlamini", mention=("He called", "He")),
        Q("the full might of the law.", "Sipho Dlamini", mention=("He called", "He")),
        Q("Dust everywhere. You couldn't see your own hand.", "rescue worker", A, mention="A rescue worker"),
    ],
}


def find_mention(text: str, mention) -> list[int]:
    anchor, words = mention if isinstance(mention, tuple) else (mention, mention)
    assert text.count(anchor) == 1, (anchor, text.count(anchor))
    start = text.index(anchor) + anchor.index(words)
    return [start, start + len(words)]


def build(here: Path) -> None:
    (here / "texts").mkdir(exist_ok=True)
    lines = []
    for doc_id, text in ARTICLES.items():
        (here / "texts" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        assert (here / "texts" / f"{doc_id}.txt").read_text(encoding="utf-8") == text
        quotes, seen = [], set()
        for q in GOLD[doc_id]:
            words = q["words"]
            # the headline and body may share words ("corridor care"): headline = first, body = second
            hits = [i for i in range(len(text)) if text.startswith(words, i) and text[i - 1] in OPEN]
            start = hits[0] if len(hits) == 1 else [h for h in hits if h not in seen][0]
            assert len(hits) <= 2 and hits, (doc_id, words, hits)
            seen.add(start)
            end = start + len(words.rstrip("\n"))
            after = text[end] if end < len(text) else "\n"
            assert after in CLOSE or after == "\n", (doc_id, words, repr(after))
            assert text[start:end] == words.rstrip("\n")
            entry = {"start": start, "end": end, "text": text[start:end], "speaker": q["speaker"],
                     "speaker_type": q["kind"], "via": q["via"],
                     "mention": find_mention(text, q["mention"]) if q["mention"] else None,
                     "optional": q["optional"]}
            if q["kind"] == "anonymous":  # a descriptive label: judged by the mention it is tied to
                entry["speaker_is_mention"] = True
            quotes.append(entry)
        quotes.sort(key=lambda e: e["start"])
        lines.append(json.dumps({"doc_id": doc_id, "text": text, "quotes": quotes}, ensure_ascii=False))
    (here / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build(Path(__file__).resolve().parent)
