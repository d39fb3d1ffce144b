namespace Dyad.Web;
