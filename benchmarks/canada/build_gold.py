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
    "01_jets_overtime": [
        Q("I honestly forgot what that felt like,", "Tyler Brandt", mention="the veteran defenceman"),
        Q("The guys were chirping me on the bench for weeks.", "Tyler Brandt", mention="the veteran defenceman"),
        Q("He blocks shots, he kills penalties, he does all the things nobody notices,", "Marc Delorme",
          mention=(",\" Delorme said", "Delorme")),
        Q("Tonight people noticed.", "Marc Delorme", mention=(",\" Delorme said", "Delorme")),
        Q("We didn't show up for 40 minutes,", "Dale Ferris", mention=("Ferris said", "Ferris")),
        Q("You can't do that in this building.", "Dale Ferris", mention=("Ferris said", "Ferris")),
        Q("Tyler did the hard part,", "Mikko Laine", mention=(",\" he said", "he")),
        Q("I just moved it.", "Mikko Laine", mention=(",\" he said", "he")),
        Q("The glass was shaking,", "Chantal Roy", mention=("Roy said", "Roy")),
    ],
    "02_calgary_green_line": [
        Q("We are being asked to sign a blank cheque,", "Amrit Sandhu", mention=("Sandhu said", "Sandhu")),
        Q("I won't do that to taxpayers in my ward or anyone else's.", "Amrit Sandhu", mention=("Sandhu said", "Sandhu")),
        Q("Each month we wait costs us roughly $12 million in inflation alone,", "Rachel Boateng",
          mention=("Boateng told", "Boateng")),
        Q("Doing nothing is not free.", "Rachel Boateng", mention=("Boateng told", "Boateng")),
        Q("I want shovels in the ground as much as anyone,", "Elaine Kurtz", mention="the mayor"),
        Q("But I want the right number first.", "Elaine Kurtz", mention="the mayor"),
        Q("The city remains committed to the Green Line,", "City of Calgary", O, mention=("it said", "it")),
        Q("Calgarians have heard this before,", "Owen Bakshi", mention=(",\" he said", "he")),
    ],
    "03_halifax_shelters": [
        Q("It is not enough, and we know it is not enough,", "Nadia Rahimi", mention=("Rahimi said", "Rahimi")),
        Q("But it is 90 people who won't be in a tent in January.", "Nadia Rahimi", mention=("Rahimi said", "Rahimi")),
        Q("We identified these buildings in the spring,", "Colin Fraser", mention=("Fraser said", "Fraser")),
        Q("I'd like to understand what happened between April and now.", "Colin Fraser",
          mention=("Fraser said", "Fraser")),
        Q("Landlords were not lining up to rent to us,", "Marie-Claude Bouchard", mention=(",\" Bouchard said", "Bouchard")),
        Q("We had to be creative.", "Marie-Claude Bouchard", mention=(",\" Bouchard said", "Bouchard")),
        Q("My dog is all I have,", "encampment resident", A, mention=("one said", "one")),
        Q("They keep telling us to go inside, but inside doesn't want us,", "encampment resident", A,
          mention=("another said", "another")),
        Q("We are working closely with the municipality,", "Department of Community Services", O,
          mention=("the department said", "the department")),
    ],
    "04_refugee_hearing": [
        Q("My clients were asked about their village and the interpreter told the member they had lived in the capital,",
          "Daniel Ferreira", mention=("Ferreira said. ", "Ferreira")),
        Q("Everything after that was built on a mistake.", "Daniel Ferreira", mention=("Ferreira said. ", "Ferreira")),
        Q("I stopped sleeping,", "Leila Haddad", mention=("Leila said", "Leila")),
        Q("I still don't sleep very well.", "Leila Haddad", mention=("Leila said", "Leila")),
        Q("We only want to be safe,", "Samira Haddad", mention=("safe,\" she said", "she")),
        Q("One mistake in a hearing room can change a life,", "Sandra Okoye", mention=("Okoye said", "Okoye")),
        Q("We have to get this right.", "Sandra Okoye", mention=("Okoye said", "Okoye")),
        Q("We're relieved,", "Daniel Ferreira", mention=("relieved,\" he said", "he")),
        Q("But this family has already lost a year.", "Daniel Ferreira", mention=("relieved,\" he said", "he")),
    ],
    "05_riders_quarterback": [
        Q("Trey has been ready for this for a long time,", "Craig Dunmore", mention=("Dunmore said", "Dunmore")),
        Q("He knows the offence as well as anybody in the building.", "Craig Dunmore",
          mention=("Dunmore said", "Dunmore")),
        Q("Kendall has been great to me,", "Trey Mitchell", mention=("Mitchell said", "Mitchell")),
        Q("He texted me the minute he found out.", "Trey Mitchell", mention=("Mitchell said", "Mitchell")),
        Q("I'm not trying to be him. I just have to be me and get the ball to our playmakers.", "Trey Mitchell"),
        Q("The shoulder feels better every day,", "Kendall Jefferson", mention=("day,\" he said", "he")),
        Q("Nobody in here is panicking,", "Jalen Okoro", mention=(",\" Okoro said", "Okoro")),
    ],
    "06_whitecaps_draw": [
        Q("I saw the keeper off his line and just went for it,", "Ryan Gallagher", mention=("Gallagher said", "Gallagher")),
        Q("It's a dream,", "Luca Moretti", mention="the 19-year-old"),
        Q("I will remember this night all my life.", "Luca Moretti", mention="the 19-year-old"),
        Q("We talked about that corner all week,", "Jesper Lindgren", mention=("Lindgren said", "Lindgren")),
        Q("We knew exactly what was coming.", "Jesper Lindgren", mention=("Lindgren said", "Lindgren")),
        Q("Ryan had nothing left,", "Jesper Lindgren", mention=("left,\" he said", "he")),
        Q("We love Ryan, but these talks take time,", "Aisha Mensah", mention=("time,\" she said", "she")),
        Q("There is no deadline.", "Aisha Mensah", mention=("time,\" she said", "she")),
    ],
    "07_manitoba_er_waits": [
        Q("Nobody should wait six hours with a sick child,", "Karen Lindqvist", mention=("Lindqvist said", "Lindqvist")),
        Q("That is not the health system Manitobans pay for.", "Karen Lindqvist",
          mention=("Lindqvist said", "Lindqvist")),
        Q("We have patients waiting for beds upstairs for three or four days,", "Owen Kaufmann",
          mention="the doctor"),
        Q("Until that moves, the front door stays jammed.", "Owen Kaufmann", mention="the doctor"),
        Q("Our teams are working extremely hard under difficult conditions,", "Shared Health", O,
          mention="the health authority"),
        Q("People are picking up double shifts every week,", "Marisol Pena", mention=(",\" Pena said", "Pena")),
        Q("They are calling me in tears.", "Marisol Pena", mention=(",\" Pena said", "Pena")),
        Q("The minister knew this was coming,", "Grant Wiebe", mention=(",\" Wiebe said", "Wiebe")),
    ],
    "08_kings_bench_sentence": [
        Q("You had two chances to hand over your keys that night, and you refused both,", "Helen Arsenault",
          mention=("Arsenault told", "Arsenault")),
        Q("Nobody forced you into that truck.", "Helen Arsenault", mention=("Arsenault told", "Arsenault")),
        Q("This was not a momentary lapse,", "Ian McBride", mention=("McBride said", "McBride")),
        Q("It was a decision.", "Ian McBride", mention=("McBride said", "McBride")),
        Q("He will carry this for the rest of his life,", "Sarah Kim", mention=(",\" Kim said", "Kim")),
        Q("Every morning I set out one cup instead of two,", "Brenda Sawatzky", mention=("two,\" she said", "she")),
        Q("It won't bring her back,", "Evan Sawatzky", mention="Evan Sawatzky"),
        Q("But at least he won't drive for a while.", "Evan Sawatzky", mention="Evan Sawatzky"),
    ],
    "09_pwhl_ottawa": [
        Q("I just tried to shoot everything,", "Kristin Halvorsen", mention=("Halvorsen said", "Halvorsen")),
        Q("The puck finally went in for me.", "Kristin Halvorsen", mention=("Halvorsen said", "Halvorsen")),
        Q("We didn't panic when we went down two,", "Martin Belanger", mention=(",\" Belanger said", "Belanger")),
        Q("The girls stuck with it.", "Martin Belanger", mention=(",\" Belanger said", "Belanger")),
        Q("You can't give a team like that five power plays,", "Megan Doyle", mention=("Doyle said", "Doyle")),
        Q("That's on us.", "Megan Doyle", mention=("Doyle said", "Doyle")),
        Q("the difference.", "Martin Belanger", mention=("Belanger called", "Belanger")),
        Q("She gave us a chance when we were flat in the second,", "Martin Belanger",
          mention=("second,\" he said", "he")),
        Q("It's my job,", "Anna Petrov", mention=("job,\" she said", "she")),
    ],
    "10_winnipeg_police_budget": [
        Q("People have told us they don't feel safe on transit,", "Gordon Stevenson", mention="the chief"),
        Q("We are going to be there.", "Gordon Stevenson", mention="the chief"),
        Q("the reasons people end up in crisis.", "Elena Marchetti", mention=("what she called", "she")),
        Q("We keep buying the ambulance at the bottom of the cliff,", "Elena Marchetti",
          mention=("cliff,\" she said", "she")),
        Q("This isn't either-or,", "Derek Holloway", mention=("Holloway said", "Holloway")),
        Q("We are doing both.", "Derek Holloway", mention=("Holloway said", "Holloway")),
        Q("You'll see the numbers,", "Brian Okafor", mention=("Okafor said", "Okafor")),
        Q("If this doesn't work, we'll say so.", "Brian Okafor", mention=("Okafor said", "Okafor")),
    ],
    "11_border_asylum": [
        Q("Our officers are working around the clock to process every claim safely,", "Julie Tremblay",
          mention="Julie Tremblay"),
        Q("We will not let the system be overwhelmed,", "Anand Rao", mention=(",\" Rao said", "Rao")),
        Q("Canada is a country of laws and a country of compassion.", "Anand Rao", mention=(",\" Rao said", "Rao")),
        Q("Quebec has done more than its share,", "Genevieve Roy", mention=("share,\" she said", "she")),
        Q("Other provinces must step up.", "Genevieve Roy", mention=("share,\" she said", "she")),
        Q("We were afraid every day,", "Jean", mention=("day,\" he said", "he")),
        Q("Here, at least, someone listens.", "Jean", mention=("day,\" he said", "he")),
        Q("We need winter coats and we need them now,", "Paulette Gagnon", mention=("Gagnon said", "Gagnon")),
    ],
    "12_oilers_trade": [
        Q("He's a big, mobile right shot, and those don't grow on trees,", "Tom Ashford-Lee",
          mention=(",\" Ashford-Lee said", "Ashford-Lee")),
        Q("We think he fits the way we want to play.", "Tom Ashford-Lee", mention=(",\" Ashford-Lee said", "Ashford-Lee")),
        Q("Every player wants to play for a chance at the Cup,", "Pavel Kowalczyk",
          mention=("Kowalczyk said", "Kowalczyk")),
        Q("I'm ready.", "Pavel Kowalczyk", mention=("Kowalczyk said", "Kowalczyk")),
        Q("Pavel was a pro every day here,", "Lindsay Park", mention=(",\" Park said", "Park")),
        Q("We wish him well.", "Lindsay Park", mention=(",\" Park said", "Park")),
        Q("He's hard to play against,", "Connor Wallace", mention="the captain"),
        Q("I'd rather have him on my side.", "Connor Wallace", mention="the captain"),
    ],
    "13_winnipeg_transit_safety": [
        Q("Drivers are telling us every week that they've been spat on, sworn at or threatened,", "Janelle Thiessen",
          mention="Janelle Thiessen"),
        Q("We owe them more than a poster.", "Janelle Thiessen", mention="Janelle Thiessen"),
        Q("Security is a Band-Aid,", "Marcus Oyelowo", via="CBC News", mention=("Oyelowo said", "Oyelowo")),
        Q("The people sleeping in shelters aren't there because there's no guard.", "Marcus Oyelowo", via="CBC News",
          mention=("Oyelowo said", "Oyelowo")),
        Q("It's about time,", "Ravi Dhaliwal", mention=("said Dhaliwal", "Dhaliwal")),
        Q("We've had operators assaulted with coffee, with knives, with fists.", "Ravi Dhaliwal",
          mention=("said Dhaliwal", "Dhaliwal")),
        Q("Some nights I stand at the back the whole way,", "Karen Beaulieu", mention=("said Beaulieu", "Beaulieu")),
        Q("You just hope nothing happens.", "Karen Beaulieu", mention=("said Beaulieu", "Beaulieu")),
    ],
    "14_flames_goalie": [
        Q("Diego was unreal tonight,", "Noah St-Pierre", mention=("said St-Pierre", "St-Pierre")),
        Q("We gave them too much in the second and he bailed us out.", "Noah St-Pierre",
          mention=("said St-Pierre", "St-Pierre")),
        Q("Honestly, the guys blocked a ton of shots,", "Diego Vasquez", mention=("Vasquez said", "Vasquez")),
        Q("I saw most of them.", "Diego Vasquez", mention=("Vasquez said", "Vasquez")),
        Q("He's given us a chance every night,", "Ryan Huska-Moore", mention=("Huska-Moore said. ", "Huska-Moore")),
        Q("You don't take a guy out of the net when he's playing like that.", "Ryan Huska-Moore",
          mention=("Huska-Moore said. ", "Huska-Moore")),
        Q("Their goalie was the best player on the ice,", "Dan Bylsma-Walsh", mention=("Bylsma-Walsh said. ", "Bylsma-Walsh")),
        Q("That happens.", "Dan Bylsma-Walsh", mention=("Bylsma-Walsh said. ", "Bylsma-Walsh")),
        Q("It means a lot,", "Erik Lindahl", mention="the Swedish defenceman"),
        Q("My parents flew in from Gothenburg.", "Erik Lindahl", mention="the Swedish defenceman"),
        Q("Erik is the first guy on the ice and the last guy off it,", "Cheryl Dunphy", mention=("it,\" she said", "she")),
    ],
    "15_ircc_backlog": [
        Q("We have to bring the system back to a level communities can absorb,", "Priya Basran", mention="the minister"),
        Q("That is not anti-immigrant. That is responsible.", "Priya Basran", mention="the minister"),
        Q("Processing times for most applications remain within our service standards,",
          "Immigration, Refugees and Citizenship Canada", O, mention=("IRCC said in", "IRCC")),
        Q("They broke it, and now they want credit for fixing it,", "Tom Kmiec-Barlow", mention=("it,\" he said", "he")),
        Q("We are already seeing layoffs on campuses across the province,", "Linda Franklin-Shaw",
          mention=("Franklin-Shaw said", "Franklin-Shaw")),
        Q("Students are sleeping eight to a basement,", "Jamal Abdi", mention=(",\" Abdi said", "Abdi")),
        Q("Landlords know they have nowhere else to go.", "Jamal Abdi", mention=(",\" Abdi said", "Abdi")),
        Q("I came here because Canada said it wanted us,", "international student", A, mention="the student"),
        Q("Now I don't know if I can stay.", "international student", A, mention="the student"),
    ],
    "16_ns_doctor_shortage": [
        Q("This is a milestone, but it is not the finish line,", "Michelle Thompson-Gray",
          mention=("line,\" Thompson-Gray said", "Thompson-Gray")),
        Q("There are still people in this province who have waited years.", "Michelle Thompson-Gray",
          mention=("line,\" Thompson-Gray said", "Thompson-Gray")),
        Q("I was promised time with my patients, and so far I've had it,", "Aoife Brennan",
          mention=("Brennan said", "Brennan")),
        Q("Recruitment is only half the battle,", "Colin MacDougall", mention="Colin MacDougall"),
        Q("We have to keep the doctors we have.", "Colin MacDougall", mention="Colin MacDougall"),
        Q("Tell that to the people in Cape Breton who are driving two hours to an emergency room,",
          "Brendan Maguire-Hill", mention=("room,\" Maguire-Hill said", "Maguire-Hill")),
        Q("We're not done,", "Michelle Thompson-Gray", mention=("done,\" the minister", "the minister")),
    ],
    "17_first_nation_water": [
        Q("Our children have never known clean water from the tap,", "Roger Swan", mention="Roger Swan"),
        Q("How would any other town in this country accept that?", "Roger Swan", mention="Roger Swan"),
        Q("This is not a technical problem,", "Darlene Bear", mention=(",\" Bear said", "Bear")),
        Q("It is a problem of will.", "Darlene Bear", mention=(",\" Bear said", "Bear")),
        Q("The department is committed to ending all long-term drinking water advisories,",
          "Indigenous Services Canada", O, mention="the statement"),
        Q("They told us next summer three summers ago,", "Darlene Bear", mention=("ago,\" she said", "she")),
        Q("I carry water from the store every week,", "Alma Keeper", mention=("Keeper said", "Keeper")),
        Q("At my age, that is hard.", "Alma Keeper", mention=("Keeper said", "Keeper")),
        Q("We will stand with the chief,", "Joseph Daniels-Ward", mention=("chief,\" Daniels-Ward", "Daniels-Ward")),
    ],
    "18_ontario_bail_hearing": [
        Q("The allegations involve a firearm, a family asleep in their beds and a child who hid in a closet,",
          "Margaret O'Neill", mention=("O'Neill said in", "O'Neill")),
        Q("Release would undermine public confidence in the administration of justice.", "Margaret O'Neill",
          mention=("O'Neill said in", "O'Neill")),
        Q("My client has no record, and he has a family willing to supervise him around the clock,", "Vikram Sethi",
          mention=("Sethi told", "Sethi")),
        Q("These messages show planning,", "Laura Fitzpatrick", mention=("planning,\" she said", "she")),
        Q("This was not a spur-of-the-moment decision.", "Laura Fitzpatrick", mention=("planning,\" she said", "she")),
        Q("We respect the decision, but we don't agree with it,", "Vikram Sethi", mention=("it,\" he said", "he")),
        Q("We are asking anyone with information to come forward,", "Mike Ferraro", mention="Mike Ferraro"),
    ],
    "19_stampeders_win": [
        Q("Tyrese put it right where only I could get it,", "Marcus Dell-Ogunleye",
          mention=("said Dell-Ogunleye", "Dell-Ogunleye")),
        Q("That's a special throw.", "Marcus Dell-Ogunleye", mention=("said Dell-Ogunleye", "Dell-Ogunleye")),
        Q("You can't take a penalty there,", "Brent Salter", mention="the Argos coach"),
        Q("We had them stopped.", "Brent Salter", mention="the Argos coach"),
        Q("Those guys gave me all day in the fourth,", "Tyrese Banks", mention=("Banks said", "Banks")),
        Q("We'll look at the tape and we'll be better,", "Cody Rankin", mention=("Rankin said", "Rankin")),
        Q("But this one hurts.", "Cody Rankin", mention=("Rankin said", "Rankin")),
        Q("Win and we're in,", "Glen Harcourt", mention=("in,\" he said", "he")),
        Q("It's that simple.", "Glen Harcourt", mention=("in,\" he said", "he")),
    ],
    "20_halifax_library_strike": [
        Q("Nobody wants to be out here,", "Kelsey MacLeod", mention="Kelsey MacLeod"),
        Q("But our members can't afford to live in the city they serve.", "Kelsey MacLeod", mention="Kelsey MacLeod"),
        Q("We are disappointed that the union chose to strike,", "Lena Morrow-Reid",
          mention=("strike,\" Morrow-Reid said", "Morrow-Reid")),
        Q("We remain ready to return to the table.", "Lena Morrow-Reid",
          mention=("strike,\" Morrow-Reid said", "Morrow-Reid")),
        Q("These people helped my grandson learn to read,", "Frank Doucette", mention=("read,\" he said", "he")),
        Q("The library board is the employer here,", "Neil Ashworth", mention=(",\" Ashworth said", "Ashworth")),
        Q("I hope both sides get back to the table quickly.", "Neil Ashworth", mention=(",\" Ashworth said", "Ashworth")),
        Q("I called for help and waited twenty minutes,", "striking worker", A, mention="the worker"),
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
