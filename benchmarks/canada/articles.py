"""The Canadian development articles (invented people, wire-copy style). Each is written to texts/<id>.txt."""

ARTICLES = {}

ARTICLES["01_jets_overtime"] = """Brandt's overtime winner lifts Jets past Wild

WINNIPEG (CP) — Tyler Brandt had waited 41 games for his first goal of the season. It came 2:14 into overtime on Thursday, and it sent a sold-out Canada Life Centre home happy after a 3-2 win over the Minnesota Wild.

Veteran defenceman Tyler Brandt jumped into the rush and buried a feed from Mikko Laine past Wild goalie Anders Holm.

"I honestly forgot what that felt like," the veteran defenceman said. "The guys were chirping me on the bench for weeks."

Jets head coach Marc Delorme said the goal was a reward for the way Brandt had played through a difficult stretch.

"He blocks shots, he kills penalties, he does all the things nobody notices," Delorme said. "Tonight people noticed."

The Wild had erased a two-goal deficit in the third period, and Minnesota coach Dale Ferris was not happy with his team's start.

"We didn't show up for 40 minutes," Ferris said. "You can't do that in this building."

Laine, who now has points in seven straight games, deflected the credit.

"Tyler did the hard part," he said. "I just moved it."

Winnipeg's Chantal Roy, who has worked the arena's penalty box for 22 years, said she could not remember a louder overtime.

"The glass was shaking," Roy said.

The Jets visit Calgary on Saturday.
"""

ARTICLES["02_calgary_green_line"] = """Calgary council delays Green Line vote again amid cost fears

CALGARY (CP) — Calgary city council put off a decision on the Green Line LRT for a third time on Tuesday, after staff warned that the cost of the first stage could rise by another $400 million.

Ward 7 Coun. Amrit Sandhu, who chairs the infrastructure committee, said council could not approve a budget it did not trust.

"We are being asked to sign a blank cheque," Sandhu said. "I won't do that to taxpayers in my ward or anyone else's."

Coun. Rachel Boateng disagreed. She said every delay added to the bill.

"Each month we wait costs us roughly $12 million in inflation alone," Boateng told the meeting. "Doing nothing is not free."

Mayor Elaine Kurtz said she shared the frustration but backed the delay.

"I want shovels in the ground as much as anyone," the mayor said. "But I want the right number first."

The City of Calgary said in a statement that a revised estimate would be ready by June.

"The city remains committed to the Green Line," it said.

Transit rider advocate Owen Bakshi was less patient. "Calgarians have heard this before," he said.
"""

ARTICLES["03_halifax_shelters"] = """Halifax to open two more emergency shelters before winter

HALIFAX (CP) — Halifax Regional Municipality will open two more emergency shelters by December, council heard on Wednesday, as the number of people sleeping outside in the city has nearly doubled since last year.

The mayor's chief of staff, Nadia Rahimi, told councillors the new sites would add 90 beds.

"It is not enough, and we know it is not enough," Rahimi said. "But it is 90 people who won't be in a tent in January."

Deputy Mayor Colin Fraser pressed staff on why the sites had taken so long to find.

"We identified these buildings in the spring," Fraser said. "I'd like to understand what happened between April and now."

Housing director Marie-Claude Bouchard said leases had to be renegotiated twice.

"Landlords were not lining up to rent to us," Bouchard said. "We had to be creative."

Outside the council chamber, a handful of residents of an encampment in Grand Parade waited for the vote. Two of them said they would move indoors if the shelters allowed pets.

"My dog is all I have," one said.

"They keep telling us to go inside, but inside doesn't want us," another said.

The province's Department of Community Services said it would cover half of the operating costs. "We are working closely with the municipality," the department said in a statement.
"""

ARTICLES["04_refugee_hearing"] = """Refugee board orders new hearing for Sudanese family after interpreter error

TORONTO (CP) — The Immigration and Refugee Board has ordered a new hearing for a Sudanese family whose asylum claim was rejected after an interpreter mistranslated key parts of their testimony.

Lawyer Daniel Ferreira, who represents the family, said the original decision should never have been made.

"My clients were asked about their village and the interpreter told the member they had lived in the capital," Ferreira said. "Everything after that was built on a mistake."

The family's eldest daughter, Leila Haddad, 17, said she had been afraid the family would be sent back.

"I stopped sleeping," Leila said. "I still don't sleep very well."

Her mother, Samira Haddad, spoke through a different interpreter. "We only want to be safe," she said.

Immigration Minister Sandra Okoye declined to comment on the case but said the board had been told to review how interpreters are checked.

"One mistake in a hearing room can change a life," Okoye said in Ottawa. "We have to get this right."

The board said in a statement that it does not comment on individual files.

Ferreira said he expected the new hearing to take place in the spring.

"We're relieved," he said. "But this family has already lost a year."
"""

ARTICLES["05_riders_quarterback"] = """Roughriders name Mitchell starter as Jefferson heads to injured list

REGINA (CP) — The Saskatchewan Roughriders will start Trey Mitchell at quarterback against the BC Lions on Saturday after Kendall Jefferson was placed on the six-game injured list with a shoulder injury.

Roughriders head coach Craig Dunmore told reporters on Tuesday that he had full confidence in the 26-year-old.

"Trey has been ready for this for a long time," Dunmore said. "He knows the offence as well as anybody in the building."

Mitchell, who has thrown only 31 passes in the CFL, said he had spent the off-season working with Jefferson.

"Kendall has been great to me," Mitchell said. "He texted me the minute he found out."

"I'm not trying to be him. I just have to be me and get the ball to our playmakers."

Jefferson, 32, was hurt in the fourth quarter of last week's loss to Winnipeg. The veteran pivot said he hoped to be back for the Labour Day Classic.

"The shoulder feels better every day," he said.

Riders receiver Jalen Okoro said the locker room was behind Mitchell.

"Nobody in here is panicking," Okoro said.

The Roughriders said ticket sales for Saturday's game were on pace for a sellout.
"""

ARTICLES["06_whitecaps_draw"] = """Whitecaps settle for draw after late Montreal equaliser

VANCOUVER (CP) — The Vancouver Whitecaps let two points slip away on Saturday, conceding in the 89th minute to draw 1-1 with CF Montreal at BC Place.

Whitecaps midfielder Ryan Gallagher opened the scoring in the 54th minute with a curling shot from outside the box.

"I saw the keeper off his line and just went for it," Gallagher said.

Montreal substitute Luca Moretti headed in the equaliser from a corner, his first goal in Major League Soccer.

"It's a dream," the 19-year-old said. "I will remember this night all my life."

Vancouver coach Jesper Lindgren was frustrated by how his side defended the set piece.

"We talked about that corner all week," Lindgren said. "We knew exactly what was coming."

He also defended his decision to take Gallagher off in the 80th minute.

"Ryan had nothing left," he said.

Whitecaps sporting director Aisha Mensah said the club would not rush a new contract for the midfielder.

"We love Ryan, but these talks take time," she said. "There is no deadline."

The Whitecaps host Seattle next Sunday.
"""

ARTICLES["07_manitoba_er_waits"] = """Manitoba emergency room waits hit record as flu season peaks

WINNIPEG (CP) — Patients waited a median of almost six hours to see a doctor in Winnipeg emergency rooms last month, the longest in a decade, according to figures released Friday by Shared Health.

Health Minister Karen Lindqvist called the numbers unacceptable and promised 60 more nurses by spring.

"Nobody should wait six hours with a sick child," Lindqvist said. "That is not the health system Manitobans pay for."

Dr. Owen Kaufmann, an emergency physician at Health Sciences Centre, said the hiring would help but would not solve the problem.

"We have patients waiting for beds upstairs for three or four days," the doctor said. "Until that moves, the front door stays jammed."

Shared Health said flu admissions had doubled since December.

"Our teams are working extremely hard under difficult conditions," the health authority said in a statement.

Nurses union president Marisol Pena said her members were exhausted.

"People are picking up double shifts every week," Pena said. "They are calling me in tears."

Opposition health critic Grant Wiebe said the government had been warned.

"The minister knew this was coming," Wiebe said.
"""

ARTICLES["08_kings_bench_sentence"] = """Man sentenced to seven years for crash that killed Brandon cyclist

BRANDON, Man. (CP) — A Manitoba man who was driving drunk when he struck and killed a cyclist near Brandon has been sentenced to seven years in prison.

Court of King's Bench Justice Helen Arsenault said Curtis Lamont, 38, had made a choice that cost a young woman her life.

"You had two chances to hand over your keys that night, and you refused both," Arsenault told Lamont. "Nobody forced you into that truck."

Crown prosecutor Ian McBride had asked for eight years.

"This was not a momentary lapse," McBride said outside court. "It was a decision."

Defence lawyer Sarah Kim said her client was deeply sorry and had stopped drinking.

"He will carry this for the rest of his life," Kim said.

The cyclist's mother, Brenda Sawatzky, read a victim impact statement.

"Every morning I set out one cup instead of two," she said.

Outside court, the judge's ruling was welcomed by the victim's family.

"It won't bring her back," said Evan Sawatzky, the cyclist's brother. "But at least he won't drive for a while."
"""

ARTICLES["09_pwhl_ottawa"] = """Halvorsen scores twice as Ottawa Charge beat Toronto

OTTAWA (CP) — Kristin Halvorsen scored twice in the third period as the Ottawa Charge came from behind to beat the Toronto Sceptres 4-2 on Sunday before a crowd of 8,400 at TD Place.

The Norwegian forward tied the game at 6:22 and added the winner on a power play with four minutes left.

"I just tried to shoot everything," Halvorsen said. "The puck finally went in for me."

Charge coach Martin Belanger said his team's patience paid off.

"We didn't panic when we went down two," Belanger said. "The girls stuck with it."

Toronto captain Megan Doyle blamed her team's penalties.

"You can't give a team like that five power plays," Doyle said. "That's on us."

Goaltender Anna Petrov made 31 saves for Ottawa. Belanger called her performance "the difference."

"She gave us a chance when we were flat in the second," he said.

Petrov shrugged off the praise.

"It's my job," she said.
"""

ARTICLES["10_winnipeg_police_budget"] = """Winnipeg council approves police budget increase after long debate

WINNIPEG (CP) — Winnipeg city council approved a $342-million budget for the Winnipeg Police Service on Thursday, a 4.5 per cent increase over last year, after more than five hours of debate.

Police chief Gordon Stevenson told council the extra money would pay for 20 more officers downtown.

"People have told us they don't feel safe on transit," the chief said. "We are going to be there."

Coun. Elena Marchetti, who voted against the increase, said the city was spending too little on what she called "the reasons people end up in crisis."

"We keep buying the ambulance at the bottom of the cliff," she said.

Mayor Derek Holloway defended the budget. The mayor said the city had also added money for outreach workers.

"This isn't either-or," Holloway said. "We are doing both."

Coun. Brian Okafor, chair of the police board, said the board would report on results every three months.

"You'll see the numbers," Okafor said. "If this doesn't work, we'll say so."

The city said the new officers would be in place by September.
"""

ARTICLES["11_border_asylum"] = """Asylum claims at Quebec border crossing climb as U.S. deportations rise

LACOLLE, Que. (CP) — The number of people crossing into Quebec to claim asylum at the Lacolle border post has tripled since January, the Canada Border Services Agency said on Monday.

The agency said it processed 1,840 claims in March alone.

"Our officers are working around the clock to process every claim safely," CBSA spokesperson Julie Tremblay said.

Public Safety Minister Anand Rao said Ottawa would send 50 more officers to the crossing.

"We will not let the system be overwhelmed," Rao said. "Canada is a country of laws and a country of compassion."

Quebec Immigration Minister Genevieve Roy said the province could not house everyone who arrived.

"Quebec has done more than its share," she said. "Other provinces must step up."

At a shelter in Saint-Bernard-de-Lacolle, a Haitian family of four waited for a bus to Montreal. The father, who gave his name only as Jean, said they had lived in Florida for six years.

"We were afraid every day," he said. "Here, at least, someone listens."

Volunteer coordinator Paulette Gagnon, who runs the shelter, said donations had not kept pace.

"We need winter coats and we need them now," Gagnon said.
"""

ARTICLES["12_oilers_trade"] = """Oilers acquire defenceman Kowalczyk from Sabres

EDMONTON (CP) — The Edmonton Oilers acquired defenceman Pavel Kowalczyk from the Buffalo Sabres on Wednesday for a second-round pick and a prospect, bolstering their blue line ahead of the trade deadline.

Oilers general manager Tom Ashford-Lee said the team had been chasing Kowalczyk for more than a year.

"He's a big, mobile right shot, and those don't grow on trees," Ashford-Lee said. "We think he fits the way we want to play."

Kowalczyk, 27, had three goals and 14 assists in 52 games with Buffalo. The Polish defenceman said he was excited to join a contender.

"Every player wants to play for a chance at the Cup," Kowalczyk said on a video call. "I'm ready."

Sabres GM Lindsay Park said the deal gave Buffalo flexibility.

"Pavel was a pro every day here," Park said. "We wish him well."

Oilers captain Connor Wallace, who played with Kowalczyk at the world championship, welcomed the move.

"He's hard to play against," the captain said. "I'd rather have him on my side."

The Oilers play the Vancouver Canucks on Friday.
"""

ARTICLES["13_winnipeg_transit_safety"] = """Transit safety plan gets green light, but councillors split on cost

WINNIPEG — A plan to put more security officers on Winnipeg Transit buses got the go-ahead from a council committee Tuesday, though not without pushback from some councillors who say it does little for the people who end up in bus shelters.

The plan would hire 18 more community safety officers at a cost of about $2.1 million a year.

"Drivers are telling us every week that they've been spat on, sworn at or threatened," said Coun. Janelle Thiessen (St. Norbert-Seine River), who chairs the public works committee. "We owe them more than a poster."

Thiessen says the officers would ride the busiest routes at night.

Coun. Marcus Oyelowo (Point Douglas) voted against the motion. He says the money would do more good in drop-in centres.

"Security is a Band-Aid," Oyelowo said in an interview with CBC News after the vote. "The people sleeping in shelters aren't there because there's no guard."

Amalgamated Transit Union Local 1505 president Ravi Dhaliwal says drivers have been asking for help for years.

"It's about time," said Dhaliwal. "We've had operators assaulted with coffee, with knives, with fists."

Winnipeg Transit said in a written statement that assaults on operators rose 30 per cent last year.

The department said the first officers could be on buses by spring.

Transit rider Karen Beaulieu, who takes the No. 11 bus to work, says she would feel better with someone on board.

"Some nights I stand at the back the whole way," said Beaulieu. "You just hope nothing happens."

The plan goes to executive policy committee next week.
"""

ARTICLES["14_flames_goalie"] = """Flames goalie Vasquez stands tall as Calgary blanks Kraken

CALGARY — Diego Vasquez made 38 saves for his first shutout of the season as the Calgary Flames beat the Seattle Kraken 2-0 on Monday night.

Flames forward Noah St-Pierre and defenceman Erik Lindahl scored for Calgary, which has won four of five.

"Diego was unreal tonight," said St-Pierre, who scored on a rebound in the first period. "We gave them too much in the second and he bailed us out."

The 25-year-old netminder, who spent most of last season in the AHL, downplayed his performance.

"Honestly, the guys blocked a ton of shots," Vasquez said. "I saw most of them."

Flames head coach Ryan Huska-Moore said his goalie had earned the start against Vancouver on Wednesday.

"He's given us a chance every night," Huska-Moore said. "You don't take a guy out of the net when he's playing like that."

Kraken coach Dan Bylsma-Walsh said his team had played well enough to win.

"Their goalie was the best player on the ice," Bylsma-Walsh said. "That happens."

Lindahl, who was playing his 500th NHL game, was presented with a silver stick before the game by Flames president Cheryl Dunphy.

"It means a lot," the Swedish defenceman said. "My parents flew in from Gothenburg."

Dunphy said the milestone was a credit to his work ethic.

"Erik is the first guy on the ice and the last guy off it," she said.
"""

ARTICLES["15_ircc_backlog"] = """Ottawa to cut study permits again as immigration backlog grows

OTTAWA — The federal government will cut the number of new international study permits by another 10 per cent next year, Immigration Minister Priya Basran announced Thursday, as a backlog of applications climbed past 900,000.

Basran told reporters the cut was needed to ease pressure on housing in cities such as Toronto and Vancouver.

"We have to bring the system back to a level communities can absorb," the minister said. "That is not anti-immigrant. That is responsible."

Immigration, Refugees and Citizenship Canada said about 360,000 permits would be issued in 2026.

"Processing times for most applications remain within our service standards," IRCC said in a statement.

Conservative immigration critic Tom Kmiec-Barlow said the government had lost control of the file.

"They broke it, and now they want credit for fixing it," he said.

Colleges Ontario president Linda Franklin-Shaw warned that some programs could close.

"We are already seeing layoffs on campuses across the province," Franklin-Shaw said.

The cuts were welcomed by some housing advocates. Toronto tenant organizer Jamal Abdi said rents near colleges had risen faster than anywhere else in the city.

"Students are sleeping eight to a basement," Abdi said. "Landlords know they have nowhere else to go."

An international student from India who spoke on condition of anonymity said she was worried about her work permit.

"I came here because Canada said it wanted us," the student said. "Now I don't know if I can stay."
"""

ARTICLES["16_ns_doctor_shortage"] = """Nova Scotia's doctor wait-list drops below 100,000 for first time in years

HALIFAX — The number of Nova Scotians waiting for a family doctor has fallen below 100,000 for the first time since the province began keeping a list, Health Minister Michelle Thompson-Gray said Wednesday.

"This is a milestone, but it is not the finish line," Thompson-Gray said at a news conference in Dartmouth. "There are still people in this province who have waited years."

She credited new collaborative clinics and a recruitment drive in the United Kingdom and Ireland.

Dr. Aoife Brennan, who moved to Yarmouth from Dublin last spring, said the province's pitch had been hard to turn down.

"I was promised time with my patients, and so far I've had it," Brennan said.

Doctors Nova Scotia, which represents the province's physicians, said more work was needed on pay for rural doctors.

"Recruitment is only half the battle," said Dr. Colin MacDougall, the association's president. "We have to keep the doctors we have."

The association says nearly a third of the province's family physicians are over 60.

Liberal health critic Brendan Maguire-Hill said the numbers did not tell the whole story.

"Tell that to the people in Cape Breton who are driving two hours to an emergency room," Maguire-Hill said.

Thompson-Gray said she expected the list to keep shrinking.

"We're not done," the minister said.
"""

ARTICLES["17_first_nation_water"] = """First Nation in northern Manitoba marks 1,000 days under boil-water advisory

WINNIPEG — Leaders of a northern Manitoba First Nation gathered at the legislature on Monday to mark 1,000 days under a boil-water advisory, and to demand that Ottawa keep its promise to fix the community's treatment plant.

"Our children have never known clean water from the tap," said Chief Roger Swan of Kinosao Lake Cree Nation. "How would any other town in this country accept that?"

Swan says the community's plant was built in 1994 for half the people who now live there.

Grand Chief Darlene Bear, who represents 26 northern First Nations, stood beside him.

"This is not a technical problem," Bear said. "It is a problem of will."

Indigenous Services Canada said in a statement that design work on a new plant was finished and construction would start next summer.

"The department is committed to ending all long-term drinking water advisories," the statement said.

Ms. Bear said the community had heard that before.

"They told us next summer three summers ago," she said.

Elder Alma Keeper, 81, made the trip from the community by plane and bus.

"I carry water from the store every week," Keeper said. "At my age, that is hard."

Manitoba's Indigenous reconciliation minister, Joseph Daniels-Ward, said the province would press Ottawa to move faster.

"We will stand with the chief," Daniels-Ward said.
"""

ARTICLES["18_ontario_bail_hearing"] = """Bail denied for Hamilton man accused in home invasion

HAMILTON — A Hamilton man accused of leading a violent home invasion in Stoney Creek was denied bail on Friday after a justice of the peace found he posed a substantial risk to the public.

Justice of the Peace Margaret O'Neill said the evidence against Darnell Hughes, 24, was strong.

"The allegations involve a firearm, a family asleep in their beds and a child who hid in a closet," O'Neill said in her ruling. "Release would undermine public confidence in the administration of justice."

Hughes's lawyer, Vikram Sethi, had proposed house arrest at his grandmother's home with an ankle monitor.

"My client has no record, and he has a family willing to supervise him around the clock," Sethi told the court.

Assistant Crown attorney Laura Fitzpatrick opposed release. She pointed to text messages found on Hughes's phone.

"These messages show planning," she said. "This was not a spur-of-the-moment decision."

Outside the courthouse, Sethi said he would consider a bail review.

"We respect the decision, but we don't agree with it," he said.

Hamilton police said two other suspects were still being sought.

"We are asking anyone with information to come forward," said Det. Sgt. Mike Ferraro of the major crime unit.

The case returns to court next month.
"""

ARTICLES["19_stampeders_win"] = """Stamps rally late to beat Argos, stay alive in West

CALGARY — Tyrese Banks threw for 311 yards and two touchdowns, and the Calgary Stampeders scored 17 points in the fourth quarter to beat the Toronto Argonauts 31-27 on Saturday.

Stampeders receiver Marcus Dell-Ogunleye caught the winning touchdown with 48 seconds left.

"Tyrese put it right where only I could get it," said Dell-Ogunleye. "That's a special throw."

Argonauts head coach Brent Salter was left to rue a late penalty that kept the Calgary drive alive.

"You can't take a penalty there," said the Argos coach. "We had them stopped."

The Stamps quarterback was quick to credit his offensive line.

"Those guys gave me all day in the fourth," Banks said.

Toronto's Cody Rankin threw three touchdowns in defeat. The Argos pivot said the loss would sting.

"We'll look at the tape and we'll be better," Rankin said. "But this one hurts."

Stampeders head coach Glen Harcourt said his team still controlled its own playoff fate.

"Win and we're in," he said. "It's that simple."
"""

ARTICLES["20_halifax_library_strike"] = """Halifax library workers walk off the job as talks stall

HALIFAX — Workers at Halifax Public Libraries went on strike Tuesday morning, closing all 14 branches, after talks with management broke down over wages and workplace safety.

Picket lines went up at the Central Library on Spring Garden Road shortly after 8 a.m.

"Nobody wants to be out here," said Kelsey MacLeod, president of CUPE Local 1939. "But our members can't afford to live in the city they serve."

MacLeod said library staff had faced harassment and violence in branches, and wanted a security guard at every location.

Halifax Public Libraries chief librarian Lena Morrow-Reid said in a statement the employer had offered a 12 per cent raise over four years.

"We are disappointed that the union chose to strike," Morrow-Reid said. "We remain ready to return to the table."

Some patrons stopped to show support. Retired teacher Frank Doucette, who visits the Central Library every day, brought coffee to the picket line.

"These people helped my grandson learn to read," he said.

Mayor Neil Ashworth said the city would not intervene in the dispute.

"The library board is the employer here," Ashworth said. "I hope both sides get back to the table quickly."

One striking worker, who did not want to be named, said she had been punched by a patron last year.

"I called for help and waited twenty minutes," the worker said.
"""
