"""Twelve more invented wire articles (other beats and countries). Each is written to texts/<id>.txt."""

ARTICLES = {}

ARTICLES["01_oilers_trade"] = """Oilers send Berglund to Nashville for prospect and first-round pick

EDMONTON — The Edmonton Oilers traded defenceman Jonas Berglund to the Nashville Predators on Wednesday for forward prospect Liam Kowalchuk and a 2027 first-round pick.

Oilers general manager Ken Holloway said the deal was about cap space as much as talent.

"Jonas gave us four very good years," Holloway said. "But we have to be honest about where our money goes next summer."

The 29-year-old Swede had two years left on a contract paying him US$6.2 million a season. He learned of the trade during the morning skate.

"It was a shock, for sure," Berglund told reporters in the dressing room. "I have a house here, my kids go to school here. You don't think about it until it happens."

His agent, Rick Tallon, said the player had not asked to be moved. "Nobody requested anything," Tallon said. "Ken called me at seven and that was that."

Predators coach Annika Strand, who coached Berglund at the 2022 world championship, said she expected him to play top-four minutes right away.

"He skates, he moves the puck, he doesn't panic," the coach said. "That's what we were missing."

Kowalchuk, 20, has 31 points in 40 games with the Bakersfield Condors this season.

"I grew up 20 minutes from Rogers Place," the Sherwood Park native said. "This is kind of a dream."
"""

ARTICLES["02_surrey_council"] = """Surrey council rejects tower next to SkyTrain station after marathon hearing

SURREY, B.C. — Surrey city council voted 5-4 early Tuesday to reject a 42-storey residential tower beside King George station, after a public hearing that drew more than 80 speakers.

Coun. Harjit Grewal, who chairs the city's land-use committee, moved the motion to refuse the rezoning.

"This is the wrong building in the wrong place at the wrong time," Grewal said. "The school down the street is already using portables."

Mayor Linda Ashcroft voted with the minority and said the city could not keep turning away housing near transit.

"We say we want density near SkyTrain, and then every time it shows up, we find a reason to say no," the mayor said.

The developer, Fraserview Holdings, said in a statement it was "deeply disappointed" and would consider its options.

Grewal's executive assistant, Mandeep Sidhu, later wrote in an email that the councillor had received more than 300 letters opposing the project. "He read every one of them," Sidhu wrote.

Neighbourhood residents packed the gallery until after midnight. One man held a sign reading "Schools First."

"I'm not against towers," said Priya Venkataraman, who lives two blocks from the site. "I'm against towers with nothing else."

Coun. Doug McAllister, who voted to approve, said the vote sent the wrong message to builders. "They will go to Burnaby," he said. "And they'll be right to."
"""

ARTICLES["03_montreal_asylum"] = """Montreal lawyers warn of months-long wait for asylum hearings

MONTREAL — Immigration lawyers in Montreal say asylum claimants are waiting up to 30 months for a hearing before the Immigration and Refugee Board, double the wait of two years ago.

"My clients are living in a kind of limbo," said Marie-Ève Lachance, who has practised refugee law for 15 years. "They can work, but they can't plan anything."

Lachance said one of her clients, a nurse from Haiti, had been told her hearing would be scheduled "sometime in 2027."

The board said in a statement that it had hired 60 new decision-makers since January. "Reducing the backlog is our top priority," it said.

A spokesperson for Immigration Minister Karim Haddad, Élise Gagnon, said the federal government was working with Quebec on housing for claimants. "The minister has been clear that the system must be fair and fast," Gagnon said.

Outside a community centre in Parc-Extension, claimants lined up for winter coats. Two of them agreed to speak if their names were not used.

"We came for safety, and we found it," one said. "But the waiting is a kind of fear too."

"I count the days," another said.

Abdoulaye Diop, who runs the centre's legal clinic, said volunteers were handling twice as many files as last year.

"We are lawyers, students, retirees," Diop said. "We cannot be the system."
"""

ARTICLES["04_brisbane_court"] = """Gold Coast man fined over drone flights near Brisbane Airport

BRISBANE, March 3 (AAP) - A Gold Coast man who flew a drone within two kilometres of Brisbane Airport on six occasions has been fined $9,000, with a magistrate saying he had put "hundreds of lives" at risk.

Kieran Lockhart, 34, pleaded guilty in Brisbane Magistrates Court to six counts of operating a drone in a manner that created a hazard to aircraft.

Magistrate Tanya Roebuck said Lockhart had ignored two written warnings from the Civil Aviation Safety Authority.

"You were told, in writing, twice," she said. "You chose to keep flying."

Lockhart's solicitor, Vikram Joshi, told the court his client had been filming sunsets for a social media account and had not understood the rules.

"He is not a reckless man," Mr Joshi said. "He is a naive one."

The magistrate rejected that. "Ignorance is not available to someone who has been warned twice," Ms Roebuck said.

A CASA spokesman, Peter Gibb, said the authority investigated more than 200 drone incidents near airports last year.

"Most people do the right thing," Mr Gibb said. "The ones who don't will end up in court."

Outside court, Lockhart declined to comment. His mother, Sharon Lockhart, said he was sorry. "He's learned his lesson," she said.
"""

ARTICLES["05_lagos_fintech"] = """Nigerian payments start-up KoboPay raises $45 million as regulators tighten rules

LAGOS (Reuters) - KoboPay, a Lagos-based payments start-up, has raised $45 million in a funding round led by a Kenyan venture fund, the company said on Thursday, weeks after Nigeria's central bank tightened licensing rules for digital lenders.

Chief executive Adaeze Nwosu said the money would go into the company's merchant network in northern Nigeria and a planned expansion into Ghana.

"Small traders in Kano are running their businesses on their phones already," Nwosu said in an interview. "We want to be the rails they run on."

The round was led by Savanna Growth Partners, whose managing partner, Joseph Kariuki, will join KoboPay's board.

"Adaeze's team has done something very hard, which is to make money from payments in Nigeria," Kariuki said.

The Central Bank of Nigeria said in a circular last month that all payment firms holding customer deposits must hold a banking licence by June.

Tunde Bakare, an analyst at Lagos brokerage Meristem Securities, said the rules would favour larger firms.

"Compliance is expensive," he said. "The companies that raised money this year will survive it. Many that didn't will not."

Nwosu said KoboPay had applied for a microfinance bank licence in January.

"We are not worried about regulation," the KoboPay founder said. "We asked for it."
"""

ARTICLES["06_pune_monsoon_study"] = """Indian scientists find monsoon breaks are growing longer

PUNE, India — Dry spells in the middle of India's summer monsoon have grown longer over the past four decades, scientists at the Indian Institute of Tropical Meteorology reported on Monday.

The study, published in the journal Nature Geoscience, found that "break" periods, when rains stall for a week or more, now last on average 2.4 days longer than they did in the early 1980s.

"For a farmer who sows on the first rains, two extra dry days can be the difference between a crop and no crop," said lead author Ananya Kulkarni, a climate scientist at the institute.

Kulkarni's co-author, Rohit Deshpande, said the team had used rainfall records from more than 2,000 stations.

"We did not want to rely on models alone," Deshpande said. "The stations tell the same story."

The institute said in a statement that the findings would be shared with the India Meteorological Department.

Sunita Bhandari, a hydrologist at the University of Reading who was not involved in the research, called the work "careful and sobering."

"It fits with what we see in the reservoirs," she said.

Deshpande said the next step was to look at why the breaks were growing. "We have ideas," he said. "We don't have answers yet."
"""

ARTICLES["07_cardiff_rugby"] = """Wales hold on to beat Italy as Pryce's gamble pays off

CARDIFF (PA) - Wales head coach Gareth Pryce said his decision to start three uncapped players had been "vindicated" after a 24-22 win over Italy at the Principality Stadium on Saturday.

Flanker Owain Lewis, 21, scored one try and made 19 tackles on his debut.

"I thought I'd be nervous, but once the anthem finished I just wanted to hit someone," Lewis said.

Pryce had been criticised in the week for leaving out the experienced scrum-half Rhys Morgan.

"People said I was throwing the kids in too early," Pryce said. "The kids answered that."

Italy's coach, Paolo Benedetti, was unhappy with a late yellow card shown to his lock.

"I need to understand the decision," Benedetti told ITV. "For me it was a normal ruck."

The Wales captain, hooker Dafydd Hughes, said the squad had talked about nerves all week.

"We knew it would be tight at the end," the hooker said. "We trained for it."

Morgan, who came off the bench for the last ten minutes, said he had no complaints about being dropped.

"Gareth is the boss," he said. "My job is to be ready when he needs me."

The Welsh Rugby Union said the crowd of 73,500 was the largest for a match against Italy in Cardiff.
"""

ARTICLES["08_nairobi_market"] = """Nairobi traders protest as county moves market to new site

NAIROBI (AFP) - Hundreds of traders at Nairobi's Muthurwa market protested on Monday against a county plan to relocate them to a new site on the city's eastern edge.

Nairobi County Governor Samuel Otieno said the move was needed to make way for a bus terminus and that the new market would have roofing, water and toilets.

"Nobody is being thrown out," Otieno said at a news conference. "We are moving people to something better."

Traders said the new site was too far from their customers.

"Who will walk there to buy tomatoes?" asked Grace Wanjiru, who has sold vegetables at Muthurwa for 18 years. "My customers are here."

Another trader, Peter Mwangi, said he had paid a county official 5,000 shillings for his stall last year. "Now they tell us to go," he said.

Member of the County Assembly Fatuma Hassan, whose ward includes the market, said she would table a motion to halt the relocation.

"The governor did not consult the people who work here," Hassan said.

County police commander Joseph Kiptoo said officers had used tear gas after a group of protesters blocked Jogoo Road.

"We will not allow the road to be closed," the commander said.

The county said in a statement that the relocation would go ahead in April.
"""

ARTICLES["09_ttc_signals"] = """TTC says new signals on Line 1 are a year behind

TORONTO — The Toronto Transit Commission says a new signalling system on Line 1 will not be finished until late 2027, a year later than promised.

TTC chief executive Priya Raman told the commission's board on Thursday that the contractor had found problems with older equipment under Bloor Street.

"I'm not going to stand here and pretend this is good news," Raman said. "It isn't."

Raman said riders would see more weekend closures through the summer.

Coun. Gord Pasternak, who sits on the board, asked why the problems had not been found earlier.

"We were told this was on time six months ago," the councillor said. "Either someone didn't know or someone didn't say."

The contractor, Altona Rail Systems, said the delay was caused by "conditions that could not have been anticipated."

Marcus Fenwick, president of Amalgamated Transit Union Local 113, said his members were working overtime to cover the closures.

"Our operators are tired," Fenwick said. "They're doing shuttle buses on Saturday and a full shift on Monday."

Raman said the commission would hire more operators this year. She said the TTC would publish a new schedule for the project in May.

"People deserve a date they can trust," she said.
"""

ARTICLES["10_glasgow_sheriff"] = """Glasgow landlord fined over damp flat where toddler fell ill

GLASGOW (PA) - A Glasgow landlord has been fined £12,000 after a sheriff heard that a toddler was taken to hospital with breathing problems from a flat covered in black mould.

Farid Qureshi, 52, admitted failing to repair the property in Govanhill despite three notices from Glasgow City Council.

Sheriff Alison McBride said the conditions in the flat were "frankly disgraceful."

"A child lived in this," the sheriff said. "You were told, and you did nothing."

Qureshi's solicitor, Callum Boyd, said his client had been in hospital for much of the year and had left the property to a letting agent.

"He accepts that is no excuse," Boyd told the court.

The child's mother, Joanna Nowak, said outside court that her daughter still used an inhaler.

"Every night I listened to her cough," Ms Nowak said. "Nobody came."

The council's housing convener, Councillor Aileen Drummond, said the case should be "a warning to every landlord in the city."

"We will use every power we have," she said.

Living Rent, the tenants' union, said the fine was too low. "Twelve thousand pounds is a cost of doing business," said Kyle Ferguson, a spokesman for the union.
"""

ARTICLES["11_proteas_series"] = """Proteas captain backs young spinner after series loss in Sri Lanka

COLOMBO (AFP) - South Africa captain Sipho Ndlovu defended 22-year-old spinner Keshav Naidoo on Sunday after Sri Lanka completed a 2-0 Test series win in Colombo.

Naidoo took one wicket for 143 runs in the second Test, and former players called for him to be dropped.

"He's 22 and he's playing in Colombo," Ndlovu said. "I was much worse at 22."

The left-arm spinner said he had learned more in two weeks than in two years of domestic cricket.

"The ball doesn't do what you want here unless you make it," Naidoo said.

Sri Lanka's captain, Dimuth Perera, praised his opening batsmen.

"They took the game away in the first session," Perera said. "After that we could bowl with fields we wanted."

Cricket South Africa's director of cricket, Thandiwe Mokoena, said there would be no changes to the coaching staff.

"We knew this tour would be hard," Mokoena said. "Nobody is panicking."

She said the selectors would name the squad for the home series against Bangladesh next week.

South Africa's coach, Hendrik van Wyk, did not speak to reporters.
"""

ARTICLES["12_adelaide_hospital"] = """Adelaide nurses vote to strike over ramping

ADELAIDE (AAP) - Nurses at three Adelaide hospitals will walk off the job for four hours next Wednesday, their union says, in a dispute over ambulance ramping and staffing.

Australian Nursing and Midwifery Federation state secretary Bronwyn Clarke said members had voted 94 per cent in favour of the action.

"Our members are treating patients in corridors and in the backs of ambulances," Ms Clarke said. "They have had enough."

SA Health Minister Tom Kavanagh said the government had hired 300 nurses since the election.

"I respect the right of nurses to take action," Mr Kavanagh said. "I'd ask them to think about the patients."

Paramedic Jess Tran, who spoke at a rally outside the Royal Adelaide Hospital, said she had waited six hours with one patient last week.

"Six hours in the back of a truck with a man who'd had a stroke," the paramedic said.

The minister's office later said the government had offered to meet the union on Friday.

Emergency physician Dr Mark Antonelli, who chairs the state branch of the Australasian College for Emergency Medicine, said the hospitals were "full to the roof."

"You can hire all the nurses you want," he said. "If there are no beds upstairs, the patients stay downstairs."
"""
