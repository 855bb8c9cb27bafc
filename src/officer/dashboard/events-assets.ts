/**
 * The script every signed-in page loads to hear of new emergencies (server-sent events from
 * /officer/api/events): a banner that says which case and links to it, the tab's title
 * changed until the officer comes back to the tab, and a short tone (Web Audio, no sound file;
 * a browser may keep it silent until the officer has clicked on the page once).
 */
export const EVENTS_JS = `
(function(){
  if(!window.EventSource||!document.querySelector("[data-events]"))return;
  var url=document.querySelector("[data-events]").getAttribute("data-events");
  var title=document.title, unseen=0, audio=null;
  function tone(){
    try{
      audio=audio||new (window.AudioContext||window.webkitAudioContext)();
      [0,0.35].forEach(function(at){var o=audio.createOscillator(),g=audio.createGain();o.frequency.value=880;g.gain.value=0.2;o.connect(g);g.connect(audio.destination);o.start(audio.currentTime+at);o.stop(audio.currentTime+at+0.25);});
    }catch(e){}
  }
  function banner(data){
    var box=document.getElementById("emergency-banner");
    if(!box){box=document.createElement("div");box.id="emergency-banner";box.className="emergency-banner";box.setAttribute("role","alert");document.body.insertBefore(box,document.body.firstChild);}
    var line=document.createElement("span");var link=document.createElement("a");link.href=data.url;link.textContent=data.code;
    line.appendChild(document.createTextNode(data.text+" "));line.appendChild(link);
    var close=document.createElement("button");close.type="button";close.textContent=data.dismiss;close.onclick=function(){box.remove();};
    box.textContent="";box.appendChild(line);box.appendChild(close);
  }
  function back(){if(!document.hidden){unseen=0;document.title=title;}}
  document.addEventListener("visibilitychange",back);window.addEventListener("focus",back);
  var source=new EventSource(url);
  source.addEventListener("emergency",function(ev){
    var data=JSON.parse(ev.data);
    unseen+=1;document.title="("+unseen+") "+data.title+" · "+title;
    if(!document.hidden&&document.hasFocus())setTimeout(back,15000);
    banner(data);tone();
  });
})();
`;
